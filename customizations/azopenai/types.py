"""The request dict shapes, for annotating what you build before a call.

Every method's keywords are typed from the spec (``ChatCompletionsParams`` ...), and wherever a typed
model of ``azopenai.models`` is accepted so is a plain dict of the matching ``...Param`` shape here:
type checkers flag a misspelt key, a wrong value type, a missing required key and a value outside an
enum. A dict literal is checked where the checker knows what it must be, so annotate variables::

    from azopenai.types import ChatMessageParam

    messages: list[ChatMessageParam] = [{"role": "user", "content": "Hi"}]
    client.get_chat_completions(deployment="gpt-4o", messages=messages)

The short names below follow ``azopenai.models`` (``UserMessage`` -> ``UserMessageParam``); every
shape is also here under its generated name (``ChatCompletionRequestUserMessageParam``).
"""

from __future__ import annotations

from typing import TypeAlias

from azopenai_generated.params import *  # noqa: F403
from azopenai_generated.params import (
    AzureChatExtensionConfigurationParam,
    AzureCosmosDBChatExtensionConfigurationParam,
    AzureCosmosDBChatExtensionParametersParam,
    AzureSearchChatExtensionConfigurationParam,
    AzureSearchChatExtensionParametersParam,
    ChatCompletionFunctionsParam,
    ChatCompletionMessageToolCallParam,
    ChatCompletionNamedToolChoiceParam,
    ChatCompletionRequestAssistantMessageParam,
    ChatCompletionRequestFunctionMessageParam,
    ChatCompletionRequestMessageContentPartImageImageUrlParam,
    ChatCompletionRequestMessageContentPartImageParam,
    ChatCompletionRequestMessageContentPartRefusalParam,
    ChatCompletionRequestMessageContentPartTextParam,
    ChatCompletionRequestMessageParam,
    ChatCompletionRequestSystemMessageParam,
    ChatCompletionRequestToolMessageParam,
    ChatCompletionRequestUserMessageContentPartParam,
    ChatCompletionRequestUserMessageParam,
    ChatCompletionStreamOptionsParam,
    ChatCompletionToolChoiceModeParam,
    ChatCompletionToolParam,
    ElasticsearchChatExtensionConfigurationParam,
    ElasticsearchChatExtensionParametersParam,
    FunctionObjectParam,
    MongoDBChatExtensionConfigurationParam,
    MongoDBChatExtensionParametersParam,
    OnYourDataAccessTokenAuthenticationOptionsParam,
    OnYourDataApiKeyAuthenticationOptionsParam,
    OnYourDataConnectionStringAuthenticationOptionsParam,
    OnYourDataDeploymentNameVectorizationSourceParam,
    OnYourDataEncodedApiKeyAuthenticationOptionsParam,
    OnYourDataEndpointVectorizationSourceParam,
    OnYourDataIntegratedVectorizationSourceParam,
    OnYourDataKeyAndKeyIdAuthenticationOptionsParam,
    OnYourDataModelIdVectorizationSourceParam,
    OnYourDataSystemAssignedManagedIdentityAuthenticationOptionsParam,
    OnYourDataUserAssignedManagedIdentityAuthenticationOptionsParam,
    OnYourDataUsernameAndPasswordAuthenticationOptionsParam,
    PineconeChatExtensionConfigurationParam,
    PineconeChatExtensionParametersParam,
    ResponseFormatJsonObjectParam,
    ResponseFormatJsonSchemaJsonSchemaParam,
    ResponseFormatJsonSchemaParam,
    ResponseFormatTextParam,
)

# Chat messages (``messages=``), by role
ChatMessageParam: TypeAlias = ChatCompletionRequestMessageParam
SystemMessageParam: TypeAlias = ChatCompletionRequestSystemMessageParam
UserMessageParam: TypeAlias = ChatCompletionRequestUserMessageParam
AssistantMessageParam: TypeAlias = ChatCompletionRequestAssistantMessageParam
ToolMessageParam: TypeAlias = ChatCompletionRequestToolMessageParam
FunctionMessageParam: TypeAlias = ChatCompletionRequestFunctionMessageParam

# Content parts of a message's ``content`` list, by type
ContentPartParam: TypeAlias = ChatCompletionRequestUserMessageContentPartParam
TextContentPartParam: TypeAlias = ChatCompletionRequestMessageContentPartTextParam
ImageContentPartParam: TypeAlias = ChatCompletionRequestMessageContentPartImageParam
ImageUrlParam: TypeAlias = ChatCompletionRequestMessageContentPartImageImageUrlParam
RefusalContentPartParam: TypeAlias = ChatCompletionRequestMessageContentPartRefusalParam

# Tools (``tools=``, ``tool_choice=``) and the legacy ``functions=``
ToolParam: TypeAlias = ChatCompletionToolParam
FunctionDefinitionParam: TypeAlias = FunctionObjectParam
ToolChoiceParam: TypeAlias = ChatCompletionToolChoiceModeParam | ChatCompletionNamedToolChoiceParam
ToolCallParam: TypeAlias = ChatCompletionMessageToolCallParam
LegacyFunctionParam: TypeAlias = ChatCompletionFunctionsParam
StreamOptionsParam: TypeAlias = ChatCompletionStreamOptionsParam

# Response formats (``response_format=``)
ResponseFormatParam: TypeAlias = ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam
JsonSchemaFormatParam: TypeAlias = ResponseFormatJsonSchemaJsonSchemaParam

# On Your Data (``data_sources=``), by type, with their parameters and authentication options
DataSourceParam: TypeAlias = AzureChatExtensionConfigurationParam
AzureSearchDataSourceParam: TypeAlias = AzureSearchChatExtensionConfigurationParam
AzureSearchParametersParam: TypeAlias = AzureSearchChatExtensionParametersParam
AzureCosmosDBDataSourceParam: TypeAlias = AzureCosmosDBChatExtensionConfigurationParam
AzureCosmosDBParametersParam: TypeAlias = AzureCosmosDBChatExtensionParametersParam
ElasticsearchDataSourceParam: TypeAlias = ElasticsearchChatExtensionConfigurationParam
ElasticsearchParametersParam: TypeAlias = ElasticsearchChatExtensionParametersParam
PineconeDataSourceParam: TypeAlias = PineconeChatExtensionConfigurationParam
PineconeParametersParam: TypeAlias = PineconeChatExtensionParametersParam
MongoDBDataSourceParam: TypeAlias = MongoDBChatExtensionConfigurationParam
MongoDBParametersParam: TypeAlias = MongoDBChatExtensionParametersParam
ApiKeyAuthenticationParam: TypeAlias = OnYourDataApiKeyAuthenticationOptionsParam
ConnectionStringAuthenticationParam: TypeAlias = OnYourDataConnectionStringAuthenticationOptionsParam
KeyAndKeyIdAuthenticationParam: TypeAlias = OnYourDataKeyAndKeyIdAuthenticationOptionsParam
EncodedApiKeyAuthenticationParam: TypeAlias = OnYourDataEncodedApiKeyAuthenticationOptionsParam
AccessTokenAuthenticationParam: TypeAlias = OnYourDataAccessTokenAuthenticationOptionsParam
SystemAssignedManagedIdentityAuthenticationParam: TypeAlias = (
    OnYourDataSystemAssignedManagedIdentityAuthenticationOptionsParam
)
UserAssignedManagedIdentityAuthenticationParam: TypeAlias = (
    OnYourDataUserAssignedManagedIdentityAuthenticationOptionsParam
)
UsernameAndPasswordAuthenticationParam: TypeAlias = OnYourDataUsernameAndPasswordAuthenticationOptionsParam
DeploymentNameVectorizationSourceParam: TypeAlias = OnYourDataDeploymentNameVectorizationSourceParam
EndpointVectorizationSourceParam: TypeAlias = OnYourDataEndpointVectorizationSourceParam
ModelIdVectorizationSourceParam: TypeAlias = OnYourDataModelIdVectorizationSourceParam
IntegratedVectorizationSourceParam: TypeAlias = OnYourDataIntegratedVectorizationSourceParam
