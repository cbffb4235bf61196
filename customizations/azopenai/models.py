"""The typed request and result classes, under names that say what they are.

Every class is the generated model of the spec (``azopenai_generated.models``), so its attributes
are the wire names and ``to_dict()`` / ``from_dict()`` give the exact JSON; plain dicts are accepted
wherever these are. A union member's class fills in its own tag (``UserMessage(content="Hi")``
serializes with ``"role": "user"``), and a parsed member says which it is by its class and its tag
attribute (``.role`` / ``.type_``). A tag this version does not know parses as ``UnknownRoleVariant`` /
``UnknownTypeVariant`` in results; in requests it is an error naming the field.

Every other generated model is importable from here too, under its spec name.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from azopenai_generated.models import (
    AudioTranscription as AudioTranscription,
)
from azopenai_generated.models import (
    AudioTranslation as AudioTranslation,
)
from azopenai_generated.models import (
    AzureChatExtensionsMessageContext,
    AzureCosmosDBChatExtensionConfiguration,
    AzureCosmosDBChatExtensionParameters,
    AzureSearchChatExtensionConfiguration,
    AzureSearchChatExtensionParameters,
    ChatCompletionFunctionCallOption,
    ChatCompletionFunctions,
    ChatCompletionMessageToolCall,
    ChatCompletionNamedToolChoice,
    ChatCompletionNamedToolChoiceFunction,
    ChatCompletionRequestAssistantMessage,
    ChatCompletionRequestFunctionMessage,
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartImageImageUrl,
    ChatCompletionRequestMessageContentPartRefusal,
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestSystemMessage,
    ChatCompletionRequestToolMessage,
    ChatCompletionRequestUserMessage,
    ChatCompletionResponseMessage,
    ChatCompletionTool,
    ContentFilterChoiceResults,
    ContentFilterPromptResults,
    CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
    CreateCompletionResponse,
    ElasticsearchChatExtensionConfiguration,
    ElasticsearchChatExtensionParameters,
    FunctionObject,
    GenerateImagesResponse,
    MongoDBChatExtensionConfiguration,
    MongoDBChatExtensionParameters,
    OnYourDataAccessTokenAuthenticationOptions,
    OnYourDataApiKeyAuthenticationOptions,
    OnYourDataConnectionStringAuthenticationOptions,
    OnYourDataDeploymentNameVectorizationSource,
    OnYourDataEncodedApiKeyAuthenticationOptions,
    OnYourDataEndpointVectorizationSource,
    OnYourDataIntegratedVectorizationSource,
    OnYourDataKeyAndKeyIdAuthenticationOptions,
    OnYourDataModelIdVectorizationSource,
    OnYourDataSystemAssignedManagedIdentityAuthenticationOptions,
    OnYourDataUserAssignedManagedIdentityAuthenticationOptions,
    OnYourDataUsernameAndPasswordAuthenticationOptions,
    PineconeChatExtensionConfiguration,
    PineconeChatExtensionParameters,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchema,
    ResponseFormatJsonSchemaJsonSchema,
    ResponseFormatText,
)
from azopenai_generated.models import (
    Citation as Citation,
)
from azopenai_generated.models import (
    Embeddings as Embeddings,
)
from azopenai_generated.models import (
    PromptFilterResult as PromptFilterResult,
)
from azopenai_generated.models import (
    UnknownRoleVariant as UnknownRoleVariant,
)
from azopenai_generated.models import (
    UnknownTypeVariant as UnknownTypeVariant,
)

# Chat messages (``messages=``), by role
SystemMessage = ChatCompletionRequestSystemMessage
UserMessage = ChatCompletionRequestUserMessage
AssistantMessage = ChatCompletionRequestAssistantMessage
ToolMessage = ChatCompletionRequestToolMessage
FunctionMessage = ChatCompletionRequestFunctionMessage
ChatMessage: TypeAlias = SystemMessage | UserMessage | AssistantMessage | ToolMessage | FunctionMessage

# Content parts of a message's ``content`` list, by type
TextContentPart = ChatCompletionRequestMessageContentPartText
ImageContentPart = ChatCompletionRequestMessageContentPartImage
ImageUrl = ChatCompletionRequestMessageContentPartImageImageUrl
RefusalContentPart = ChatCompletionRequestMessageContentPartRefusal

# Tools (``tools=``, ``tool_choice=``) and the legacy ``functions=`` / ``function_call=``
FunctionTool = ChatCompletionTool
FunctionDefinition = FunctionObject
ToolChoice = ChatCompletionNamedToolChoice
ToolChoiceFunction = ChatCompletionNamedToolChoiceFunction
ToolCall = ChatCompletionMessageToolCall
LegacyFunction = ChatCompletionFunctions
FunctionCallChoice = ChatCompletionFunctionCallOption

# Response formats (``response_format=``)
JsonSchemaFormat = ResponseFormatJsonSchemaJsonSchema
ResponseFormat: TypeAlias = ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema

# On Your Data (``data_sources=``), by type, with their parameters
AzureSearchDataSource = AzureSearchChatExtensionConfiguration
AzureSearchParameters = AzureSearchChatExtensionParameters
AzureCosmosDBDataSource = AzureCosmosDBChatExtensionConfiguration
AzureCosmosDBParameters = AzureCosmosDBChatExtensionParameters
ElasticsearchDataSource = ElasticsearchChatExtensionConfiguration
ElasticsearchParameters = ElasticsearchChatExtensionParameters
PineconeDataSource = PineconeChatExtensionConfiguration
PineconeParameters = PineconeChatExtensionParameters
MongoDBDataSource = MongoDBChatExtensionConfiguration
MongoDBParameters = MongoDBChatExtensionParameters
DataSource: TypeAlias = (
    AzureSearchDataSource | AzureCosmosDBDataSource | ElasticsearchDataSource | PineconeDataSource | MongoDBDataSource
)

# On Your Data ``authentication``, by type
ApiKeyAuthentication = OnYourDataApiKeyAuthenticationOptions
ConnectionStringAuthentication = OnYourDataConnectionStringAuthenticationOptions
KeyAndKeyIdAuthentication = OnYourDataKeyAndKeyIdAuthenticationOptions
EncodedApiKeyAuthentication = OnYourDataEncodedApiKeyAuthenticationOptions
AccessTokenAuthentication = OnYourDataAccessTokenAuthenticationOptions
SystemAssignedManagedIdentityAuthentication = OnYourDataSystemAssignedManagedIdentityAuthenticationOptions
UserAssignedManagedIdentityAuthentication = OnYourDataUserAssignedManagedIdentityAuthenticationOptions
UsernameAndPasswordAuthentication = OnYourDataUsernameAndPasswordAuthenticationOptions

# On Your Data ``embedding_dependency`` (vectorization sources), by type
DeploymentNameVectorizationSource = OnYourDataDeploymentNameVectorizationSource
EndpointVectorizationSource = OnYourDataEndpointVectorizationSource
ModelIdVectorizationSource = OnYourDataModelIdVectorizationSource
IntegratedVectorizationSource = OnYourDataIntegratedVectorizationSource

# Results
ChatCompletions = CreateChatCompletionResponse
ChatCompletionChunk = CreateChatCompletionStreamResponse
ChatResponseMessage = ChatCompletionResponseMessage
MessageContext = AzureChatExtensionsMessageContext
Completions = CreateCompletionResponse
ImageGenerations = GenerateImagesResponse
ContentFilterResults = ContentFilterChoiceResults
PromptFilterResults = ContentFilterPromptResults

__all__ = sorted(name for name in dir() if name[0].isupper() and name not in ("Any", "TypeAlias"))


def __getattr__(name: str) -> Any:
    """Any other generated model, under its spec name (``from azopenai.models import RunObject``)."""
    from azopenai_generated import models

    try:
        return getattr(models, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
