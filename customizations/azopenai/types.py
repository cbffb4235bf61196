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

from azopenai_generated import params as _generated
from azopenai_generated.params import *  # noqa: F403

# Chat messages (``messages=``), by role
ChatMessageParam: TypeAlias = _generated.ChatCompletionRequestMessageParam
SystemMessageParam: TypeAlias = _generated.ChatCompletionRequestSystemMessageParam
UserMessageParam: TypeAlias = _generated.ChatCompletionRequestUserMessageParam
AssistantMessageParam: TypeAlias = _generated.ChatCompletionRequestAssistantMessageParam
ToolMessageParam: TypeAlias = _generated.ChatCompletionRequestToolMessageParam
FunctionMessageParam: TypeAlias = _generated.ChatCompletionRequestFunctionMessageParam

# Content parts of a message's ``content`` list, by type
ContentPartParam: TypeAlias = _generated.ChatCompletionRequestUserMessageContentPartParam
TextContentPartParam: TypeAlias = _generated.ChatCompletionRequestMessageContentPartTextParam
ImageContentPartParam: TypeAlias = _generated.ChatCompletionRequestMessageContentPartImageParam
ImageUrlParam: TypeAlias = _generated.ChatCompletionRequestMessageContentPartImageImageUrlParam
RefusalContentPartParam: TypeAlias = _generated.ChatCompletionRequestMessageContentPartRefusalParam

# Tools (``tools=``, ``tool_choice=``) and the legacy ``functions=``
ToolParam: TypeAlias = _generated.ChatCompletionToolParam
FunctionDefinitionParam: TypeAlias = _generated.FunctionObjectParam
ToolChoiceParam: TypeAlias = (
    _generated.ChatCompletionToolChoiceModeParam | _generated.ChatCompletionNamedToolChoiceParam
)
ToolCallParam: TypeAlias = _generated.ChatCompletionMessageToolCallParam
LegacyFunctionParam: TypeAlias = _generated.ChatCompletionFunctionsParam
StreamOptionsParam: TypeAlias = _generated.ChatCompletionStreamOptionsParam

# Response formats (``response_format=``)
ResponseFormatParam: TypeAlias = (
    _generated.ResponseFormatTextParam
    | _generated.ResponseFormatJsonObjectParam
    | _generated.ResponseFormatJsonSchemaParam
)
JsonSchemaFormatParam: TypeAlias = _generated.ResponseFormatJsonSchemaJsonSchemaParam

# On Your Data (``data_sources=``), by type, with their parameters and authentication options
DataSourceParam: TypeAlias = _generated.AzureChatExtensionConfigurationParam
AzureSearchDataSourceParam: TypeAlias = _generated.AzureSearchChatExtensionConfigurationParam
AzureSearchParametersParam: TypeAlias = _generated.AzureSearchChatExtensionParametersParam
AzureCosmosDBDataSourceParam: TypeAlias = _generated.AzureCosmosDBChatExtensionConfigurationParam
AzureCosmosDBParametersParam: TypeAlias = _generated.AzureCosmosDBChatExtensionParametersParam
ElasticsearchDataSourceParam: TypeAlias = _generated.ElasticsearchChatExtensionConfigurationParam
ElasticsearchParametersParam: TypeAlias = _generated.ElasticsearchChatExtensionParametersParam
PineconeDataSourceParam: TypeAlias = _generated.PineconeChatExtensionConfigurationParam
PineconeParametersParam: TypeAlias = _generated.PineconeChatExtensionParametersParam
MongoDBDataSourceParam: TypeAlias = _generated.MongoDBChatExtensionConfigurationParam
MongoDBParametersParam: TypeAlias = _generated.MongoDBChatExtensionParametersParam
ApiKeyAuthenticationParam: TypeAlias = _generated.OnYourDataApiKeyAuthenticationOptionsParam
ConnectionStringAuthenticationParam: TypeAlias = _generated.OnYourDataConnectionStringAuthenticationOptionsParam
KeyAndKeyIdAuthenticationParam: TypeAlias = _generated.OnYourDataKeyAndKeyIdAuthenticationOptionsParam
EncodedApiKeyAuthenticationParam: TypeAlias = _generated.OnYourDataEncodedApiKeyAuthenticationOptionsParam
AccessTokenAuthenticationParam: TypeAlias = _generated.OnYourDataAccessTokenAuthenticationOptionsParam
SystemAssignedManagedIdentityAuthenticationParam: TypeAlias = (
    _generated.OnYourDataSystemAssignedManagedIdentityAuthenticationOptionsParam
)
UserAssignedManagedIdentityAuthenticationParam: TypeAlias = (
    _generated.OnYourDataUserAssignedManagedIdentityAuthenticationOptionsParam
)
UsernameAndPasswordAuthenticationParam: TypeAlias = _generated.OnYourDataUsernameAndPasswordAuthenticationOptionsParam
DeploymentNameVectorizationSourceParam: TypeAlias = _generated.OnYourDataDeploymentNameVectorizationSourceParam
EndpointVectorizationSourceParam: TypeAlias = _generated.OnYourDataEndpointVectorizationSourceParam
ModelIdVectorizationSourceParam: TypeAlias = _generated.OnYourDataModelIdVectorizationSourceParam
IntegratedVectorizationSourceParam: TypeAlias = _generated.OnYourDataIntegratedVectorizationSourceParam

# Assistants: tools, messages, runs and vector stores
AssistantToolParam: TypeAlias = (
    _generated.AssistantToolsCodeParam
    | _generated.AssistantToolsFileSearchParam
    | _generated.AssistantToolsFunctionParam
)
AssistantCodeInterpreterToolParam: TypeAlias = _generated.AssistantToolsCodeParam
AssistantFileSearchToolParam: TypeAlias = _generated.AssistantToolsFileSearchParam
AssistantFunctionToolParam: TypeAlias = _generated.AssistantToolsFunctionParam
AssistantToolChoiceParam: TypeAlias = (
    _generated.AssistantsApiToolChoiceModeParam | _generated.AssistantsNamedToolChoiceParam
)
AssistantResponseFormatParam: TypeAlias = (
    _generated.AssistantsApiResponseFormatModeParam | _generated.AssistantsApiResponseFormatParam
)
ThreadParam: TypeAlias = _generated.CreateThreadRequestParam
ThreadMessageParam: TypeAlias = _generated.CreateMessageRequestParam
MessageAttachmentParam: TypeAlias = _generated.CreateMessageRequestAttachmentsItemParam
TruncationStrategyParam: TypeAlias = _generated.TruncationObjectParam
ToolOutputParam: TypeAlias = _generated.SubmitToolOutputsRunRequestToolOutputsItemParam
VectorStoreExpirationParam: TypeAlias = _generated.VectorStoreExpirationAfterParam
ChunkingStrategyParam: TypeAlias = _generated.ChunkingStrategyRequestParamParam
