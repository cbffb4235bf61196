"""All data models used in inputs and outputs.

Imported lazily: ``from .models import X`` loads only X's module (and what X needs), so importing
the package does not load hundreds of modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant_object import AssistantObject
    from .assistant_object_metadata import AssistantObjectMetadata
    from .assistant_object_object import AssistantObjectObject
    from .assistant_object_tool_resources import AssistantObjectToolResources
    from .assistant_object_tool_resources_code_interpreter import (
        AssistantObjectToolResourcesCodeInterpreter,
    )
    from .assistant_object_tool_resources_file_search import (
        AssistantObjectToolResourcesFileSearch,
    )
    from .assistant_tools_code import AssistantToolsCode
    from .assistant_tools_file_search import AssistantToolsFileSearch
    from .assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch,
    )
    from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
    from .assistant_tools_function import AssistantToolsFunction
    from .assistant_tools_function_function import AssistantToolsFunctionFunction
    from .assistants_api_response_format import AssistantsApiResponseFormat
    from .assistants_api_response_format_mode import AssistantsApiResponseFormatMode
    from .assistants_api_response_format_type import AssistantsApiResponseFormatType
    from .assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
    from .assistants_named_tool_choice import AssistantsNamedToolChoice
    from .assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction
    from .assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
    from .audio_response import AudioResponse
    from .audio_response_format import AudioResponseFormat
    from .audio_segment import AudioSegment
    from .audio_transcription import AudioTranscription
    from .audio_transcription_task import AudioTranscriptionTask
    from .audio_translation import AudioTranslation
    from .audio_translation_task import AudioTranslationTask
    from .audio_verbose_response import AudioVerboseResponse
    from .audio_verbose_response_task import AudioVerboseResponseTask
    from .audio_word import AudioWord
    from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
    from .azure_chat_extension_type import AzureChatExtensionType
    from .azure_chat_extensions_message_context import AzureChatExtensionsMessageContext
    from .azure_cosmos_db_chat_extension_configuration import (
        AzureCosmosDBChatExtensionConfiguration,
    )
    from .azure_cosmos_db_chat_extension_parameters import (
        AzureCosmosDBChatExtensionParameters,
    )
    from .azure_cosmos_db_field_mapping_options import AzureCosmosDBFieldMappingOptions
    from .azure_search_chat_extension_configuration import (
        AzureSearchChatExtensionConfiguration,
    )
    from .azure_search_chat_extension_parameters import (
        AzureSearchChatExtensionParameters,
    )
    from .azure_search_index_field_mapping_options import (
        AzureSearchIndexFieldMappingOptions,
    )
    from .azure_search_query_type import AzureSearchQueryType
    from .chat_completion_choice_common import ChatCompletionChoiceCommon
    from .chat_completion_choice_log_probs import ChatCompletionChoiceLogProbs
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_function_call_mode import ChatCompletionFunctionCallMode
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_function_parameters import ChatCompletionFunctionParameters
    from .chat_completion_functions import ChatCompletionFunctions
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk,
    )
    from .chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )
    from .chat_completion_message_tool_call_chunk_type import (
        ChatCompletionMessageToolCallChunkType,
    )
    from .chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction,
    )
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,
    )
    from .chat_completion_named_tool_choice_type import (
        ChatCompletionNamedToolChoiceType,
    )
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from .chat_completion_request_assistant_message_function_call import (
        ChatCompletionRequestAssistantMessageFunctionCall,
    )
    from .chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from .chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from .chat_completion_request_message_content_part_image_image_url import (
        ChatCompletionRequestMessageContentPartImageImageUrl,
    )
    from .chat_completion_request_message_content_part_image_image_url_detail import (
        ChatCompletionRequestMessageContentPartImageImageUrlDetail,
    )
    from .chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from .chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from .chat_completion_request_message_function import (
        ChatCompletionRequestMessageFunction,
    )
    from .chat_completion_request_message_function_role import (
        ChatCompletionRequestMessageFunctionRole,
    )
    from .chat_completion_request_message_tool import ChatCompletionRequestMessageTool
    from .chat_completion_request_message_tool_role import (
        ChatCompletionRequestMessageToolRole,
    )
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage,
    )
    from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from .chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_response_message_role import ChatCompletionResponseMessageRole
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta
    from .chat_completion_stream_response_delta_function_call import (
        ChatCompletionStreamResponseDeltaFunctionCall,
    )
    from .chat_completion_stream_response_delta_role import (
        ChatCompletionStreamResponseDeltaRole,
    )
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem,
    )
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
    from .chat_completion_tool_type import ChatCompletionToolType
    from .chat_completions_request_common import ChatCompletionsRequestCommon
    from .chat_completions_request_common_logit_bias import (
        ChatCompletionsRequestCommonLogitBias,
    )
    from .citation import Citation
    from .completion_usage import CompletionUsage
    from .completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,
    )
    from .completion_usage_prompt_tokens_details import (
        CompletionUsagePromptTokensDetails,
    )
    from .content_filter_choice_results import ContentFilterChoiceResults
    from .content_filter_completion_text_span import ContentFilterCompletionTextSpan
    from .content_filter_detailed_results import ContentFilterDetailedResults
    from .content_filter_detected_result import ContentFilterDetectedResult
    from .content_filter_detected_with_citation_result import (
        ContentFilterDetectedWithCitationResult,
    )
    from .content_filter_detected_with_citation_result_citation import (
        ContentFilterDetectedWithCitationResultCitation,
    )
    from .content_filter_detected_with_completion_text_spans_result import (
        ContentFilterDetectedWithCompletionTextSpansResult,
    )
    from .content_filter_id_result import ContentFilterIdResult
    from .content_filter_offsets import ContentFilterOffsets
    from .content_filter_prompt_results import ContentFilterPromptResults
    from .content_filter_result_base import ContentFilterResultBase
    from .content_filter_results_base import ContentFilterResultsBase
    from .content_filter_severity_result import ContentFilterSeverityResult
    from .content_filter_severity_result_severity import (
        ContentFilterSeverityResultSeverity,
    )
    from .create_assistant_request import CreateAssistantRequest
    from .create_assistant_request_metadata import CreateAssistantRequestMetadata
    from .create_assistant_request_tool_resources import (
        CreateAssistantRequestToolResources,
    )
    from .create_assistant_request_tool_resources_code_interpreter import (
        CreateAssistantRequestToolResourcesCodeInterpreter,
    )
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_chat_completion_request_logit_bias import (
        CreateChatCompletionRequestLogitBias,
    )
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem,
    )
    from .create_chat_completion_response_choices_item_finish_reason import (
        CreateChatCompletionResponseChoicesItemFinishReason,
    )
    from .create_chat_completion_response_choices_item_logprobs import (
        CreateChatCompletionResponseChoicesItemLogprobs,
    )
    from .create_chat_completion_response_object import (
        CreateChatCompletionResponseObject,
    )
    from .create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
    )
    from .create_chat_completion_stream_response_choices_item import (
        CreateChatCompletionStreamResponseChoicesItem,
    )
    from .create_chat_completion_stream_response_choices_item_finish_reason import (
        CreateChatCompletionStreamResponseChoicesItemFinishReason,
    )
    from .create_chat_completion_stream_response_choices_item_logprobs import (
        CreateChatCompletionStreamResponseChoicesItemLogprobs,
    )
    from .create_chat_completion_stream_response_object import (
        CreateChatCompletionStreamResponseObject,
    )
    from .create_completion_request import CreateCompletionRequest
    from .create_completion_request_logit_bias import CreateCompletionRequestLogitBias
    from .create_completion_response import CreateCompletionResponse
    from .create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem,
    )
    from .create_completion_response_choices_item_finish_reason import (
        CreateCompletionResponseChoicesItemFinishReason,
    )
    from .create_completion_response_choices_item_logprobs import (
        CreateCompletionResponseChoicesItemLogprobs,
    )
    from .create_completion_response_choices_item_logprobs_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,
    )
    from .create_completion_response_object import CreateCompletionResponseObject
    from .create_message_request import CreateMessageRequest
    from .create_message_request_attachments_item import (
        CreateMessageRequestAttachmentsItem,
    )
    from .create_message_request_metadata import CreateMessageRequestMetadata
    from .create_message_request_role import CreateMessageRequestRole
    from .create_run_request import CreateRunRequest
    from .create_run_request_metadata import CreateRunRequestMetadata
    from .create_speech_request import CreateSpeechRequest
    from .create_speech_request_response_format import CreateSpeechRequestResponseFormat
    from .create_speech_request_voice import CreateSpeechRequestVoice
    from .create_thread_and_run_request import CreateThreadAndRunRequest
    from .create_thread_and_run_request_metadata import (
        CreateThreadAndRunRequestMetadata,
    )
    from .create_thread_and_run_request_tool_resources import (
        CreateThreadAndRunRequestToolResources,
    )
    from .create_thread_and_run_request_tool_resources_code_interpreter import (
        CreateThreadAndRunRequestToolResourcesCodeInterpreter,
    )
    from .create_thread_and_run_request_tool_resources_file_search import (
        CreateThreadAndRunRequestToolResourcesFileSearch,
    )
    from .create_thread_request import CreateThreadRequest
    from .create_thread_request_metadata import CreateThreadRequestMetadata
    from .create_thread_request_tool_resources import CreateThreadRequestToolResources
    from .create_thread_request_tool_resources_code_interpreter import (
        CreateThreadRequestToolResourcesCodeInterpreter,
    )
    from .create_transcription_request import CreateTranscriptionRequest
    from .create_transcription_request_timestamp_granularities_item import (
        CreateTranscriptionRequestTimestampGranularitiesItem,
    )
    from .create_translation_request import CreateTranslationRequest
    from .create_vector_store_file_batch_request import (
        CreateVectorStoreFileBatchRequest,
    )
    from .create_vector_store_file_request import CreateVectorStoreFileRequest
    from .create_vector_store_request import CreateVectorStoreRequest
    from .create_vector_store_request_metadata import CreateVectorStoreRequestMetadata
    from .dalle_content_filter_results import DalleContentFilterResults
    from .dalle_error import DalleError
    from .dalle_error_response import DalleErrorResponse
    from .dalle_filter_results import DalleFilterResults
    from .dalle_inner_error import DalleInnerError
    from .delete_assistant_response import DeleteAssistantResponse
    from .delete_assistant_response_object import DeleteAssistantResponseObject
    from .delete_message_response import DeleteMessageResponse
    from .delete_message_response_object import DeleteMessageResponseObject
    from .delete_thread_response import DeleteThreadResponse
    from .delete_thread_response_object import DeleteThreadResponseObject
    from .delete_vector_store_file_response import DeleteVectorStoreFileResponse
    from .delete_vector_store_file_response_object import (
        DeleteVectorStoreFileResponseObject,
    )
    from .delete_vector_store_response import DeleteVectorStoreResponse
    from .delete_vector_store_response_object import DeleteVectorStoreResponseObject
    from .done_event import DoneEvent
    from .done_event_data import DoneEventData
    from .elasticsearch_chat_extension_configuration import (
        ElasticsearchChatExtensionConfiguration,
    )
    from .elasticsearch_chat_extension_parameters import (
        ElasticsearchChatExtensionParameters,
    )
    from .elasticsearch_index_field_mapping_options import (
        ElasticsearchIndexFieldMappingOptions,
    )
    from .elasticsearch_query_type import ElasticsearchQueryType
    from .embeddings import Embeddings
    from .embeddings_data_item import EmbeddingsDataItem
    from .embeddings_request import EmbeddingsRequest
    from .embeddings_usage import EmbeddingsUsage
    from .error import Error
    from .error_base import ErrorBase
    from .error_event import ErrorEvent
    from .error_response import ErrorResponse
    from .filter_reason import FilterReason
    from .function_object import FunctionObject
    from .function_parameters import FunctionParameters
    from .generate_images_response import GenerateImagesResponse
    from .image_generations_request import ImageGenerationsRequest
    from .image_quality import ImageQuality
    from .image_result import ImageResult
    from .image_size import ImageSize
    from .image_style import ImageStyle
    from .images_response_format import ImagesResponseFormat
    from .inner_error import InnerError
    from .inner_error_code import InnerErrorCode
    from .line import Line
    from .list_assistants_order import ListAssistantsOrder
    from .list_assistants_response import ListAssistantsResponse
    from .list_messages_order import ListMessagesOrder
    from .list_messages_response import ListMessagesResponse
    from .list_run_steps_order import ListRunStepsOrder
    from .list_run_steps_response import ListRunStepsResponse
    from .list_runs_order import ListRunsOrder
    from .list_runs_response import ListRunsResponse
    from .list_threads_response import ListThreadsResponse
    from .list_vector_store_file_batch_files_filter import (
        ListVectorStoreFileBatchFilesFilter,
    )
    from .list_vector_store_file_batch_files_order import (
        ListVectorStoreFileBatchFilesOrder,
    )
    from .list_vector_store_files_filter import ListVectorStoreFilesFilter
    from .list_vector_store_files_order import ListVectorStoreFilesOrder
    from .list_vector_store_files_response import ListVectorStoreFilesResponse
    from .list_vector_stores_order import ListVectorStoresOrder
    from .list_vector_stores_response import ListVectorStoresResponse
    from .message_content_image_file_object import MessageContentImageFileObject
    from .message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile,
    )
    from .message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject,
    )
    from .message_content_text_annotations_file_citation_object_file_citation import (
        MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject,
    )
    from .message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_content_text_object import MessageContentTextObject
    from .message_content_text_object_text import MessageContentTextObjectText
    from .message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject,
    )
    from .message_delta_content_image_file_object_image_file import (
        MessageDeltaContentImageFileObjectImageFile,
    )
    from .message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from .message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )
    from .message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_delta_content_text_object import MessageDeltaContentTextObject
    from .message_delta_content_text_object_text import (
        MessageDeltaContentTextObjectText,
    )
    from .message_delta_object import MessageDeltaObject
    from .message_delta_object_delta import MessageDeltaObjectDelta
    from .message_delta_object_delta_role import MessageDeltaObjectDeltaRole
    from .message_delta_object_object import MessageDeltaObjectObject
    from .message_object import MessageObject
    from .message_object_attachments_item import MessageObjectAttachmentsItem
    from .message_object_incomplete_details import MessageObjectIncompleteDetails
    from .message_object_incomplete_details_reason import (
        MessageObjectIncompleteDetailsReason,
    )
    from .message_object_metadata import MessageObjectMetadata
    from .message_object_object import MessageObjectObject
    from .message_object_role import MessageObjectRole
    from .message_object_status import MessageObjectStatus
    from .message_stream_event_completed import MessageStreamEventCompleted
    from .message_stream_event_created import MessageStreamEventCreated
    from .message_stream_event_delta import MessageStreamEventDelta
    from .message_stream_event_in_progress import MessageStreamEventInProgress
    from .message_stream_event_incomplete import MessageStreamEventIncomplete
    from .modify_assistant_request import ModifyAssistantRequest
    from .modify_assistant_request_metadata import ModifyAssistantRequestMetadata
    from .modify_assistant_request_tool_resources import (
        ModifyAssistantRequestToolResources,
    )
    from .modify_assistant_request_tool_resources_code_interpreter import (
        ModifyAssistantRequestToolResourcesCodeInterpreter,
    )
    from .modify_assistant_request_tool_resources_file_search import (
        ModifyAssistantRequestToolResourcesFileSearch,
    )
    from .modify_message_request import ModifyMessageRequest
    from .modify_message_request_metadata import ModifyMessageRequestMetadata
    from .modify_run_request import ModifyRunRequest
    from .modify_run_request_metadata import ModifyRunRequestMetadata
    from .modify_thread_request import ModifyThreadRequest
    from .modify_thread_request_metadata import ModifyThreadRequestMetadata
    from .modify_thread_request_tool_resources import ModifyThreadRequestToolResources
    from .modify_thread_request_tool_resources_code_interpreter import (
        ModifyThreadRequestToolResourcesCodeInterpreter,
    )
    from .modify_thread_request_tool_resources_file_search import (
        ModifyThreadRequestToolResourcesFileSearch,
    )
    from .mongo_db_chat_extension_configuration import MongoDBChatExtensionConfiguration
    from .mongo_db_chat_extension_parameters import MongoDBChatExtensionParameters
    from .mongo_db_field_mapping_options import MongoDBFieldMappingOptions
    from .on_your_data_access_token_authentication_options import (
        OnYourDataAccessTokenAuthenticationOptions,
    )
    from .on_your_data_api_key_authentication_options import (
        OnYourDataApiKeyAuthenticationOptions,
    )
    from .on_your_data_authentication_type import OnYourDataAuthenticationType
    from .on_your_data_connection_string_authentication_options import (
        OnYourDataConnectionStringAuthenticationOptions,
    )
    from .on_your_data_context_property import OnYourDataContextProperty
    from .on_your_data_deployment_name_vectorization_source import (
        OnYourDataDeploymentNameVectorizationSource,
    )
    from .on_your_data_encoded_api_key_authentication_options import (
        OnYourDataEncodedApiKeyAuthenticationOptions,
    )
    from .on_your_data_endpoint_vectorization_source import (
        OnYourDataEndpointVectorizationSource,
    )
    from .on_your_data_integrated_vectorization_source import (
        OnYourDataIntegratedVectorizationSource,
    )
    from .on_your_data_key_and_key_id_authentication_options import (
        OnYourDataKeyAndKeyIdAuthenticationOptions,
    )
    from .on_your_data_model_id_vectorization_source import (
        OnYourDataModelIdVectorizationSource,
    )
    from .on_your_data_system_assigned_managed_identity_authentication_options import (
        OnYourDataSystemAssignedManagedIdentityAuthenticationOptions,
    )
    from .on_your_data_user_assigned_managed_identity_authentication_options import (
        OnYourDataUserAssignedManagedIdentityAuthenticationOptions,
    )
    from .on_your_data_username_and_password_authentication_options import (
        OnYourDataUsernameAndPasswordAuthenticationOptions,
    )
    from .on_your_data_vectorization_source_type import (
        OnYourDataVectorizationSourceType,
    )
    from .other_chunking_strategy_response_param import (
        OtherChunkingStrategyResponseParam,
    )
    from .other_chunking_strategy_response_param_type import (
        OtherChunkingStrategyResponseParamType,
    )
    from .pinecone_chat_extension_configuration import (
        PineconeChatExtensionConfiguration,
    )
    from .pinecone_chat_extension_parameters import PineconeChatExtensionParameters
    from .pinecone_field_mapping_options import PineconeFieldMappingOptions
    from .prompt_filter_result import PromptFilterResult
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_json_schema import (
        ResponseFormatJsonSchemaJsonSchema,
    )
    from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
    from .response_format_text import ResponseFormatText
    from .retrieved_document import RetrievedDocument
    from .run_completion_usage import RunCompletionUsage
    from .run_object import RunObject
    from .run_object_incomplete_details import RunObjectIncompleteDetails
    from .run_object_incomplete_details_reason import RunObjectIncompleteDetailsReason
    from .run_object_last_error import RunObjectLastError
    from .run_object_last_error_code import RunObjectLastErrorCode
    from .run_object_metadata import RunObjectMetadata
    from .run_object_object import RunObjectObject
    from .run_object_required_action import RunObjectRequiredAction
    from .run_object_required_action_submit_tool_outputs import (
        RunObjectRequiredActionSubmitToolOutputs,
    )
    from .run_object_status import RunObjectStatus
    from .run_step_completion_usage import RunStepCompletionUsage
    from .run_step_delta_object import RunStepDeltaObject
    from .run_step_delta_object_delta import RunStepDeltaObjectDelta
    from .run_step_delta_object_object import RunStepDeltaObjectObject
    from .run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
    )
    from .run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from .run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,
    )
    from .run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,
    )
    from .run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,
    )
    from .run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_details_tool_calls_code_object import (
        RunStepDetailsToolCallsCodeObject,
    )
    from .run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_details_tool_calls_code_output_image_object_image import (
        RunStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_details_tool_calls_file_search_object_file_search import (
        RunStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject,
    )
    from .run_step_details_tool_calls_function_object_function import (
        RunStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
    from .run_step_object import RunStepObject
    from .run_step_object_last_error import RunStepObjectLastError
    from .run_step_object_last_error_code import RunStepObjectLastErrorCode
    from .run_step_object_metadata import RunStepObjectMetadata
    from .run_step_object_object import RunStepObjectObject
    from .run_step_object_status import RunStepObjectStatus
    from .run_step_object_type import RunStepObjectType
    from .run_step_stream_event_cancelled import RunStepStreamEventCancelled
    from .run_step_stream_event_completed import RunStepStreamEventCompleted
    from .run_step_stream_event_created import RunStepStreamEventCreated
    from .run_step_stream_event_delta import RunStepStreamEventDelta
    from .run_step_stream_event_expired import RunStepStreamEventExpired
    from .run_step_stream_event_failed import RunStepStreamEventFailed
    from .run_step_stream_event_in_progress import RunStepStreamEventInProgress
    from .run_stream_event_cancelled import RunStreamEventCancelled
    from .run_stream_event_cancelling import RunStreamEventCancelling
    from .run_stream_event_completed import RunStreamEventCompleted
    from .run_stream_event_created import RunStreamEventCreated
    from .run_stream_event_expired import RunStreamEventExpired
    from .run_stream_event_failed import RunStreamEventFailed
    from .run_stream_event_in_progress import RunStreamEventInProgress
    from .run_stream_event_queued import RunStreamEventQueued
    from .run_stream_event_requires_action import RunStreamEventRequiresAction
    from .run_tool_call_object import RunToolCallObject
    from .run_tool_call_object_function import RunToolCallObjectFunction
    from .run_tool_call_object_type import RunToolCallObjectType
    from .span import Span
    from .span_polygon_item import SpanPolygonItem
    from .static_chunking_strategy import StaticChunkingStrategy
    from .static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from .static_chunking_strategy_response_param import (
        StaticChunkingStrategyResponseParam,
    )
    from .static_chunking_strategy_response_param_type import (
        StaticChunkingStrategyResponseParamType,
    )
    from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
    from .submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )
    from .thread_object import ThreadObject
    from .thread_object_metadata import ThreadObjectMetadata
    from .thread_object_object import ThreadObjectObject
    from .thread_object_tool_resources import ThreadObjectToolResources
    from .thread_object_tool_resources_code_interpreter import (
        ThreadObjectToolResourcesCodeInterpreter,
    )
    from .thread_object_tool_resources_file_search import (
        ThreadObjectToolResourcesFileSearch,
    )
    from .thread_stream_event_enum import ThreadStreamEventEnum
    from .tool_call_type import ToolCallType
    from .truncation_object import TruncationObject
    from .truncation_object_type import TruncationObjectType
    from .unknown_event_variant import UnknownEventVariant
    from .unknown_role_variant import UnknownRoleVariant
    from .unknown_type_variant import UnknownTypeVariant
    from .update_vector_store_request import UpdateVectorStoreRequest
    from .update_vector_store_request_metadata import UpdateVectorStoreRequestMetadata
    from .vector_store_expiration_after import VectorStoreExpirationAfter
    from .vector_store_expiration_after_anchor import VectorStoreExpirationAfterAnchor
    from .vector_store_file_batch_object import VectorStoreFileBatchObject
    from .vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts,
    )
    from .vector_store_file_batch_object_object import VectorStoreFileBatchObjectObject
    from .vector_store_file_batch_object_status import VectorStoreFileBatchObjectStatus
    from .vector_store_file_object import VectorStoreFileObject
    from .vector_store_file_object_last_error import VectorStoreFileObjectLastError
    from .vector_store_file_object_last_error_code import (
        VectorStoreFileObjectLastErrorCode,
    )
    from .vector_store_file_object_object import VectorStoreFileObjectObject
    from .vector_store_file_object_status import VectorStoreFileObjectStatus
    from .vector_store_object import VectorStoreObject
    from .vector_store_object_file_counts import VectorStoreObjectFileCounts
    from .vector_store_object_metadata import VectorStoreObjectMetadata
    from .vector_store_object_object import VectorStoreObjectObject
    from .vector_store_object_status import VectorStoreObjectStatus

_MODULES = {
    "AssistantObject": ".assistant_object",
    "AssistantObjectMetadata": ".assistant_object_metadata",
    "AssistantObjectObject": ".assistant_object_object",
    "AssistantObjectToolResources": ".assistant_object_tool_resources",
    "AssistantObjectToolResourcesCodeInterpreter": ".assistant_object_tool_resources_code_interpreter",
    "AssistantObjectToolResourcesFileSearch": ".assistant_object_tool_resources_file_search",
    "AssistantToolsCode": ".assistant_tools_code",
    "AssistantToolsFileSearch": ".assistant_tools_file_search",
    "AssistantToolsFileSearchFileSearch": ".assistant_tools_file_search_file_search",
    "AssistantToolsFileSearchTypeOnly": ".assistant_tools_file_search_type_only",
    "AssistantToolsFunction": ".assistant_tools_function",
    "AssistantToolsFunctionFunction": ".assistant_tools_function_function",
    "AssistantsApiResponseFormat": ".assistants_api_response_format",
    "AssistantsApiResponseFormatMode": ".assistants_api_response_format_mode",
    "AssistantsApiResponseFormatType": ".assistants_api_response_format_type",
    "AssistantsApiToolChoiceMode": ".assistants_api_tool_choice_mode",
    "AssistantsNamedToolChoice": ".assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunction": ".assistants_named_tool_choice_function",
    "AssistantsNamedToolChoiceType": ".assistants_named_tool_choice_type",
    "AudioResponse": ".audio_response",
    "AudioResponseFormat": ".audio_response_format",
    "AudioSegment": ".audio_segment",
    "AudioTranscription": ".audio_transcription",
    "AudioTranscriptionTask": ".audio_transcription_task",
    "AudioTranslation": ".audio_translation",
    "AudioTranslationTask": ".audio_translation_task",
    "AudioVerboseResponse": ".audio_verbose_response",
    "AudioVerboseResponseTask": ".audio_verbose_response_task",
    "AudioWord": ".audio_word",
    "AutoChunkingStrategyRequestParam": ".auto_chunking_strategy_request_param",
    "AzureChatExtensionType": ".azure_chat_extension_type",
    "AzureChatExtensionsMessageContext": ".azure_chat_extensions_message_context",
    "AzureCosmosDBChatExtensionConfiguration": ".azure_cosmos_db_chat_extension_configuration",
    "AzureCosmosDBChatExtensionParameters": ".azure_cosmos_db_chat_extension_parameters",
    "AzureCosmosDBFieldMappingOptions": ".azure_cosmos_db_field_mapping_options",
    "AzureSearchChatExtensionConfiguration": ".azure_search_chat_extension_configuration",
    "AzureSearchChatExtensionParameters": ".azure_search_chat_extension_parameters",
    "AzureSearchIndexFieldMappingOptions": ".azure_search_index_field_mapping_options",
    "AzureSearchQueryType": ".azure_search_query_type",
    "ChatCompletionChoiceCommon": ".chat_completion_choice_common",
    "ChatCompletionChoiceLogProbs": ".chat_completion_choice_log_probs",
    "ChatCompletionFunctionCall": ".chat_completion_function_call",
    "ChatCompletionFunctionCallMode": ".chat_completion_function_call_mode",
    "ChatCompletionFunctionCallOption": ".chat_completion_function_call_option",
    "ChatCompletionFunctionParameters": ".chat_completion_function_parameters",
    "ChatCompletionFunctions": ".chat_completion_functions",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": ".chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": ".chat_completion_message_tool_call_chunk_function",
    "ChatCompletionMessageToolCallChunkType": ".chat_completion_message_tool_call_chunk_type",
    "ChatCompletionMessageToolCallFunction": ".chat_completion_message_tool_call_function",
    "ChatCompletionNamedToolChoice": ".chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunction": ".chat_completion_named_tool_choice_function",
    "ChatCompletionNamedToolChoiceType": ".chat_completion_named_tool_choice_type",
    "ChatCompletionRequestAssistantMessage": ".chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageFunctionCall": ".chat_completion_request_assistant_message_function_call",
    "ChatCompletionRequestFunctionMessage": ".chat_completion_request_function_message",
    "ChatCompletionRequestMessageContentPartImage": ".chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageImageUrl": ".chat_completion_request_message_content_part_image_image_url",
    "ChatCompletionRequestMessageContentPartImageImageUrlDetail": ".chat_completion_request_message_content_part_image_image_url_detail",
    "ChatCompletionRequestMessageContentPartRefusal": ".chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartText": ".chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageFunction": ".chat_completion_request_message_function",
    "ChatCompletionRequestMessageFunctionRole": ".chat_completion_request_message_function_role",
    "ChatCompletionRequestMessageTool": ".chat_completion_request_message_tool",
    "ChatCompletionRequestMessageToolRole": ".chat_completion_request_message_tool_role",
    "ChatCompletionRequestSystemMessage": ".chat_completion_request_system_message",
    "ChatCompletionRequestToolMessage": ".chat_completion_request_tool_message",
    "ChatCompletionRequestUserMessage": ".chat_completion_request_user_message",
    "ChatCompletionResponseMessage": ".chat_completion_response_message",
    "ChatCompletionResponseMessageRole": ".chat_completion_response_message_role",
    "ChatCompletionStreamOptions": ".chat_completion_stream_options",
    "ChatCompletionStreamResponseDelta": ".chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaFunctionCall": ".chat_completion_stream_response_delta_function_call",
    "ChatCompletionStreamResponseDeltaRole": ".chat_completion_stream_response_delta_role",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprobsItem": ".chat_completion_token_logprob_top_logprobs_item",
    "ChatCompletionTool": ".chat_completion_tool",
    "ChatCompletionToolChoiceMode": ".chat_completion_tool_choice_mode",
    "ChatCompletionToolType": ".chat_completion_tool_type",
    "ChatCompletionsRequestCommon": ".chat_completions_request_common",
    "ChatCompletionsRequestCommonLogitBias": ".chat_completions_request_common_logit_bias",
    "Citation": ".citation",
    "CompletionUsage": ".completion_usage",
    "CompletionUsageCompletionTokensDetails": ".completion_usage_completion_tokens_details",
    "CompletionUsagePromptTokensDetails": ".completion_usage_prompt_tokens_details",
    "ContentFilterChoiceResults": ".content_filter_choice_results",
    "ContentFilterCompletionTextSpan": ".content_filter_completion_text_span",
    "ContentFilterDetailedResults": ".content_filter_detailed_results",
    "ContentFilterDetectedResult": ".content_filter_detected_result",
    "ContentFilterDetectedWithCitationResult": ".content_filter_detected_with_citation_result",
    "ContentFilterDetectedWithCitationResultCitation": ".content_filter_detected_with_citation_result_citation",
    "ContentFilterDetectedWithCompletionTextSpansResult": ".content_filter_detected_with_completion_text_spans_result",
    "ContentFilterIdResult": ".content_filter_id_result",
    "ContentFilterOffsets": ".content_filter_offsets",
    "ContentFilterPromptResults": ".content_filter_prompt_results",
    "ContentFilterResultBase": ".content_filter_result_base",
    "ContentFilterResultsBase": ".content_filter_results_base",
    "ContentFilterSeverityResult": ".content_filter_severity_result",
    "ContentFilterSeverityResultSeverity": ".content_filter_severity_result_severity",
    "CreateAssistantRequest": ".create_assistant_request",
    "CreateAssistantRequestMetadata": ".create_assistant_request_metadata",
    "CreateAssistantRequestToolResources": ".create_assistant_request_tool_resources",
    "CreateAssistantRequestToolResourcesCodeInterpreter": ".create_assistant_request_tool_resources_code_interpreter",
    "CreateChatCompletionRequest": ".create_chat_completion_request",
    "CreateChatCompletionRequestLogitBias": ".create_chat_completion_request_logit_bias",
    "CreateChatCompletionResponse": ".create_chat_completion_response",
    "CreateChatCompletionResponseChoicesItem": ".create_chat_completion_response_choices_item",
    "CreateChatCompletionResponseChoicesItemFinishReason": ".create_chat_completion_response_choices_item_finish_reason",
    "CreateChatCompletionResponseChoicesItemLogprobs": ".create_chat_completion_response_choices_item_logprobs",
    "CreateChatCompletionResponseObject": ".create_chat_completion_response_object",
    "CreateChatCompletionStreamResponse": ".create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoicesItem": ".create_chat_completion_stream_response_choices_item",
    "CreateChatCompletionStreamResponseChoicesItemFinishReason": ".create_chat_completion_stream_response_choices_item_finish_reason",
    "CreateChatCompletionStreamResponseChoicesItemLogprobs": ".create_chat_completion_stream_response_choices_item_logprobs",
    "CreateChatCompletionStreamResponseObject": ".create_chat_completion_stream_response_object",
    "CreateCompletionRequest": ".create_completion_request",
    "CreateCompletionRequestLogitBias": ".create_completion_request_logit_bias",
    "CreateCompletionResponse": ".create_completion_response",
    "CreateCompletionResponseChoicesItem": ".create_completion_response_choices_item",
    "CreateCompletionResponseChoicesItemFinishReason": ".create_completion_response_choices_item_finish_reason",
    "CreateCompletionResponseChoicesItemLogprobs": ".create_completion_response_choices_item_logprobs",
    "CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem": ".create_completion_response_choices_item_logprobs_top_logprobs_item",
    "CreateCompletionResponseObject": ".create_completion_response_object",
    "CreateMessageRequest": ".create_message_request",
    "CreateMessageRequestAttachmentsItem": ".create_message_request_attachments_item",
    "CreateMessageRequestMetadata": ".create_message_request_metadata",
    "CreateMessageRequestRole": ".create_message_request_role",
    "CreateRunRequest": ".create_run_request",
    "CreateRunRequestMetadata": ".create_run_request_metadata",
    "CreateSpeechRequest": ".create_speech_request",
    "CreateSpeechRequestResponseFormat": ".create_speech_request_response_format",
    "CreateSpeechRequestVoice": ".create_speech_request_voice",
    "CreateThreadAndRunRequest": ".create_thread_and_run_request",
    "CreateThreadAndRunRequestMetadata": ".create_thread_and_run_request_metadata",
    "CreateThreadAndRunRequestToolResources": ".create_thread_and_run_request_tool_resources",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter": ".create_thread_and_run_request_tool_resources_code_interpreter",
    "CreateThreadAndRunRequestToolResourcesFileSearch": ".create_thread_and_run_request_tool_resources_file_search",
    "CreateThreadRequest": ".create_thread_request",
    "CreateThreadRequestMetadata": ".create_thread_request_metadata",
    "CreateThreadRequestToolResources": ".create_thread_request_tool_resources",
    "CreateThreadRequestToolResourcesCodeInterpreter": ".create_thread_request_tool_resources_code_interpreter",
    "CreateTranscriptionRequest": ".create_transcription_request",
    "CreateTranscriptionRequestTimestampGranularitiesItem": ".create_transcription_request_timestamp_granularities_item",
    "CreateTranslationRequest": ".create_translation_request",
    "CreateVectorStoreFileBatchRequest": ".create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequest": ".create_vector_store_file_request",
    "CreateVectorStoreRequest": ".create_vector_store_request",
    "CreateVectorStoreRequestMetadata": ".create_vector_store_request_metadata",
    "DalleContentFilterResults": ".dalle_content_filter_results",
    "DalleError": ".dalle_error",
    "DalleErrorResponse": ".dalle_error_response",
    "DalleFilterResults": ".dalle_filter_results",
    "DalleInnerError": ".dalle_inner_error",
    "DeleteAssistantResponse": ".delete_assistant_response",
    "DeleteAssistantResponseObject": ".delete_assistant_response_object",
    "DeleteMessageResponse": ".delete_message_response",
    "DeleteMessageResponseObject": ".delete_message_response_object",
    "DeleteThreadResponse": ".delete_thread_response",
    "DeleteThreadResponseObject": ".delete_thread_response_object",
    "DeleteVectorStoreFileResponse": ".delete_vector_store_file_response",
    "DeleteVectorStoreFileResponseObject": ".delete_vector_store_file_response_object",
    "DeleteVectorStoreResponse": ".delete_vector_store_response",
    "DeleteVectorStoreResponseObject": ".delete_vector_store_response_object",
    "DoneEvent": ".done_event",
    "DoneEventData": ".done_event_data",
    "ElasticsearchChatExtensionConfiguration": ".elasticsearch_chat_extension_configuration",
    "ElasticsearchChatExtensionParameters": ".elasticsearch_chat_extension_parameters",
    "ElasticsearchIndexFieldMappingOptions": ".elasticsearch_index_field_mapping_options",
    "ElasticsearchQueryType": ".elasticsearch_query_type",
    "Embeddings": ".embeddings",
    "EmbeddingsDataItem": ".embeddings_data_item",
    "EmbeddingsRequest": ".embeddings_request",
    "EmbeddingsUsage": ".embeddings_usage",
    "Error": ".error",
    "ErrorBase": ".error_base",
    "ErrorEvent": ".error_event",
    "ErrorResponse": ".error_response",
    "FilterReason": ".filter_reason",
    "FunctionObject": ".function_object",
    "FunctionParameters": ".function_parameters",
    "GenerateImagesResponse": ".generate_images_response",
    "ImageGenerationsRequest": ".image_generations_request",
    "ImageQuality": ".image_quality",
    "ImageResult": ".image_result",
    "ImageSize": ".image_size",
    "ImageStyle": ".image_style",
    "ImagesResponseFormat": ".images_response_format",
    "InnerError": ".inner_error",
    "InnerErrorCode": ".inner_error_code",
    "Line": ".line",
    "ListAssistantsOrder": ".list_assistants_order",
    "ListAssistantsResponse": ".list_assistants_response",
    "ListMessagesOrder": ".list_messages_order",
    "ListMessagesResponse": ".list_messages_response",
    "ListRunStepsOrder": ".list_run_steps_order",
    "ListRunStepsResponse": ".list_run_steps_response",
    "ListRunsOrder": ".list_runs_order",
    "ListRunsResponse": ".list_runs_response",
    "ListThreadsResponse": ".list_threads_response",
    "ListVectorStoreFileBatchFilesFilter": ".list_vector_store_file_batch_files_filter",
    "ListVectorStoreFileBatchFilesOrder": ".list_vector_store_file_batch_files_order",
    "ListVectorStoreFilesFilter": ".list_vector_store_files_filter",
    "ListVectorStoreFilesOrder": ".list_vector_store_files_order",
    "ListVectorStoreFilesResponse": ".list_vector_store_files_response",
    "ListVectorStoresOrder": ".list_vector_stores_order",
    "ListVectorStoresResponse": ".list_vector_stores_response",
    "MessageContentImageFileObject": ".message_content_image_file_object",
    "MessageContentImageFileObjectImageFile": ".message_content_image_file_object_image_file",
    "MessageContentTextAnnotationsFileCitationObject": ".message_content_text_annotations_file_citation_object",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation": ".message_content_text_annotations_file_citation_object_file_citation",
    "MessageContentTextAnnotationsFilePathObject": ".message_content_text_annotations_file_path_object",
    "MessageContentTextAnnotationsFilePathObjectFilePath": ".message_content_text_annotations_file_path_object_file_path",
    "MessageContentTextObject": ".message_content_text_object",
    "MessageContentTextObjectText": ".message_content_text_object_text",
    "MessageDeltaContentImageFileObject": ".message_delta_content_image_file_object",
    "MessageDeltaContentImageFileObjectImageFile": ".message_delta_content_image_file_object_image_file",
    "MessageDeltaContentTextAnnotationsFileCitationObject": ".message_delta_content_text_annotations_file_citation_object",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation": ".message_delta_content_text_annotations_file_citation_object_file_citation",
    "MessageDeltaContentTextAnnotationsFilePathObject": ".message_delta_content_text_annotations_file_path_object",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath": ".message_delta_content_text_annotations_file_path_object_file_path",
    "MessageDeltaContentTextObject": ".message_delta_content_text_object",
    "MessageDeltaContentTextObjectText": ".message_delta_content_text_object_text",
    "MessageDeltaObject": ".message_delta_object",
    "MessageDeltaObjectDelta": ".message_delta_object_delta",
    "MessageDeltaObjectDeltaRole": ".message_delta_object_delta_role",
    "MessageDeltaObjectObject": ".message_delta_object_object",
    "MessageObject": ".message_object",
    "MessageObjectAttachmentsItem": ".message_object_attachments_item",
    "MessageObjectIncompleteDetails": ".message_object_incomplete_details",
    "MessageObjectIncompleteDetailsReason": ".message_object_incomplete_details_reason",
    "MessageObjectMetadata": ".message_object_metadata",
    "MessageObjectObject": ".message_object_object",
    "MessageObjectRole": ".message_object_role",
    "MessageObjectStatus": ".message_object_status",
    "MessageStreamEventCompleted": ".message_stream_event_completed",
    "MessageStreamEventCreated": ".message_stream_event_created",
    "MessageStreamEventDelta": ".message_stream_event_delta",
    "MessageStreamEventInProgress": ".message_stream_event_in_progress",
    "MessageStreamEventIncomplete": ".message_stream_event_incomplete",
    "ModifyAssistantRequest": ".modify_assistant_request",
    "ModifyAssistantRequestMetadata": ".modify_assistant_request_metadata",
    "ModifyAssistantRequestToolResources": ".modify_assistant_request_tool_resources",
    "ModifyAssistantRequestToolResourcesCodeInterpreter": ".modify_assistant_request_tool_resources_code_interpreter",
    "ModifyAssistantRequestToolResourcesFileSearch": ".modify_assistant_request_tool_resources_file_search",
    "ModifyMessageRequest": ".modify_message_request",
    "ModifyMessageRequestMetadata": ".modify_message_request_metadata",
    "ModifyRunRequest": ".modify_run_request",
    "ModifyRunRequestMetadata": ".modify_run_request_metadata",
    "ModifyThreadRequest": ".modify_thread_request",
    "ModifyThreadRequestMetadata": ".modify_thread_request_metadata",
    "ModifyThreadRequestToolResources": ".modify_thread_request_tool_resources",
    "ModifyThreadRequestToolResourcesCodeInterpreter": ".modify_thread_request_tool_resources_code_interpreter",
    "ModifyThreadRequestToolResourcesFileSearch": ".modify_thread_request_tool_resources_file_search",
    "MongoDBChatExtensionConfiguration": ".mongo_db_chat_extension_configuration",
    "MongoDBChatExtensionParameters": ".mongo_db_chat_extension_parameters",
    "MongoDBFieldMappingOptions": ".mongo_db_field_mapping_options",
    "OnYourDataAccessTokenAuthenticationOptions": ".on_your_data_access_token_authentication_options",
    "OnYourDataApiKeyAuthenticationOptions": ".on_your_data_api_key_authentication_options",
    "OnYourDataAuthenticationType": ".on_your_data_authentication_type",
    "OnYourDataConnectionStringAuthenticationOptions": ".on_your_data_connection_string_authentication_options",
    "OnYourDataContextProperty": ".on_your_data_context_property",
    "OnYourDataDeploymentNameVectorizationSource": ".on_your_data_deployment_name_vectorization_source",
    "OnYourDataEncodedApiKeyAuthenticationOptions": ".on_your_data_encoded_api_key_authentication_options",
    "OnYourDataEndpointVectorizationSource": ".on_your_data_endpoint_vectorization_source",
    "OnYourDataIntegratedVectorizationSource": ".on_your_data_integrated_vectorization_source",
    "OnYourDataKeyAndKeyIdAuthenticationOptions": ".on_your_data_key_and_key_id_authentication_options",
    "OnYourDataModelIdVectorizationSource": ".on_your_data_model_id_vectorization_source",
    "OnYourDataSystemAssignedManagedIdentityAuthenticationOptions": ".on_your_data_system_assigned_managed_identity_authentication_options",
    "OnYourDataUserAssignedManagedIdentityAuthenticationOptions": ".on_your_data_user_assigned_managed_identity_authentication_options",
    "OnYourDataUsernameAndPasswordAuthenticationOptions": ".on_your_data_username_and_password_authentication_options",
    "OnYourDataVectorizationSourceType": ".on_your_data_vectorization_source_type",
    "OtherChunkingStrategyResponseParam": ".other_chunking_strategy_response_param",
    "OtherChunkingStrategyResponseParamType": ".other_chunking_strategy_response_param_type",
    "PineconeChatExtensionConfiguration": ".pinecone_chat_extension_configuration",
    "PineconeChatExtensionParameters": ".pinecone_chat_extension_parameters",
    "PineconeFieldMappingOptions": ".pinecone_field_mapping_options",
    "PromptFilterResult": ".prompt_filter_result",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchema": ".response_format_json_schema_json_schema",
    "ResponseFormatJsonSchemaSchema": ".response_format_json_schema_schema",
    "ResponseFormatText": ".response_format_text",
    "RetrievedDocument": ".retrieved_document",
    "RunCompletionUsage": ".run_completion_usage",
    "RunObject": ".run_object",
    "RunObjectIncompleteDetails": ".run_object_incomplete_details",
    "RunObjectIncompleteDetailsReason": ".run_object_incomplete_details_reason",
    "RunObjectLastError": ".run_object_last_error",
    "RunObjectLastErrorCode": ".run_object_last_error_code",
    "RunObjectMetadata": ".run_object_metadata",
    "RunObjectObject": ".run_object_object",
    "RunObjectRequiredAction": ".run_object_required_action",
    "RunObjectRequiredActionSubmitToolOutputs": ".run_object_required_action_submit_tool_outputs",
    "RunObjectStatus": ".run_object_status",
    "RunStepCompletionUsage": ".run_step_completion_usage",
    "RunStepDeltaObject": ".run_step_delta_object",
    "RunStepDeltaObjectDelta": ".run_step_delta_object_delta",
    "RunStepDeltaObjectObject": ".run_step_delta_object_object",
    "RunStepDeltaStepDetailsMessageCreationObject": ".run_step_delta_step_details_message_creation_object",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation": ".run_step_delta_step_details_message_creation_object_message_creation",
    "RunStepDeltaStepDetailsToolCallsCodeObject": ".run_step_delta_step_details_tool_calls_code_object",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter": ".run_step_delta_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject": ".run_step_delta_step_details_tool_calls_code_output_image_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage": ".run_step_delta_step_details_tool_calls_code_output_image_object_image",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject": ".run_step_delta_step_details_tool_calls_code_output_logs_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject": ".run_step_delta_step_details_tool_calls_file_search_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch": ".run_step_delta_step_details_tool_calls_file_search_object_file_search",
    "RunStepDeltaStepDetailsToolCallsFunctionObject": ".run_step_delta_step_details_tool_calls_function_object",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction": ".run_step_delta_step_details_tool_calls_function_object_function",
    "RunStepDeltaStepDetailsToolCallsObject": ".run_step_delta_step_details_tool_calls_object",
    "RunStepDetailsMessageCreationObject": ".run_step_details_message_creation_object",
    "RunStepDetailsMessageCreationObjectMessageCreation": ".run_step_details_message_creation_object_message_creation",
    "RunStepDetailsToolCallsCodeObject": ".run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter": ".run_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDetailsToolCallsCodeOutputImageObject": ".run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage": ".run_step_details_tool_calls_code_output_image_object_image",
    "RunStepDetailsToolCallsCodeOutputLogsObject": ".run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsFileSearchObject": ".run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch": ".run_step_details_tool_calls_file_search_object_file_search",
    "RunStepDetailsToolCallsFunctionObject": ".run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsFunctionObjectFunction": ".run_step_details_tool_calls_function_object_function",
    "RunStepDetailsToolCallsObject": ".run_step_details_tool_calls_object",
    "RunStepObject": ".run_step_object",
    "RunStepObjectLastError": ".run_step_object_last_error",
    "RunStepObjectLastErrorCode": ".run_step_object_last_error_code",
    "RunStepObjectMetadata": ".run_step_object_metadata",
    "RunStepObjectObject": ".run_step_object_object",
    "RunStepObjectStatus": ".run_step_object_status",
    "RunStepObjectType": ".run_step_object_type",
    "RunStepStreamEventCancelled": ".run_step_stream_event_cancelled",
    "RunStepStreamEventCompleted": ".run_step_stream_event_completed",
    "RunStepStreamEventCreated": ".run_step_stream_event_created",
    "RunStepStreamEventDelta": ".run_step_stream_event_delta",
    "RunStepStreamEventExpired": ".run_step_stream_event_expired",
    "RunStepStreamEventFailed": ".run_step_stream_event_failed",
    "RunStepStreamEventInProgress": ".run_step_stream_event_in_progress",
    "RunStreamEventCancelled": ".run_stream_event_cancelled",
    "RunStreamEventCancelling": ".run_stream_event_cancelling",
    "RunStreamEventCompleted": ".run_stream_event_completed",
    "RunStreamEventCreated": ".run_stream_event_created",
    "RunStreamEventExpired": ".run_stream_event_expired",
    "RunStreamEventFailed": ".run_stream_event_failed",
    "RunStreamEventInProgress": ".run_stream_event_in_progress",
    "RunStreamEventQueued": ".run_stream_event_queued",
    "RunStreamEventRequiresAction": ".run_stream_event_requires_action",
    "RunToolCallObject": ".run_tool_call_object",
    "RunToolCallObjectFunction": ".run_tool_call_object_function",
    "RunToolCallObjectType": ".run_tool_call_object_type",
    "Span": ".span",
    "SpanPolygonItem": ".span_polygon_item",
    "StaticChunkingStrategy": ".static_chunking_strategy",
    "StaticChunkingStrategyRequestParam": ".static_chunking_strategy_request_param",
    "StaticChunkingStrategyResponseParam": ".static_chunking_strategy_response_param",
    "StaticChunkingStrategyResponseParamType": ".static_chunking_strategy_response_param_type",
    "SubmitToolOutputsRunRequest": ".submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestToolOutputsItem": ".submit_tool_outputs_run_request_tool_outputs_item",
    "ThreadObject": ".thread_object",
    "ThreadObjectMetadata": ".thread_object_metadata",
    "ThreadObjectObject": ".thread_object_object",
    "ThreadObjectToolResources": ".thread_object_tool_resources",
    "ThreadObjectToolResourcesCodeInterpreter": ".thread_object_tool_resources_code_interpreter",
    "ThreadObjectToolResourcesFileSearch": ".thread_object_tool_resources_file_search",
    "ThreadStreamEventEnum": ".thread_stream_event_enum",
    "ToolCallType": ".tool_call_type",
    "TruncationObject": ".truncation_object",
    "TruncationObjectType": ".truncation_object_type",
    "UnknownEventVariant": ".unknown_event_variant",
    "UnknownRoleVariant": ".unknown_role_variant",
    "UnknownTypeVariant": ".unknown_type_variant",
    "UpdateVectorStoreRequest": ".update_vector_store_request",
    "UpdateVectorStoreRequestMetadata": ".update_vector_store_request_metadata",
    "VectorStoreExpirationAfter": ".vector_store_expiration_after",
    "VectorStoreExpirationAfterAnchor": ".vector_store_expiration_after_anchor",
    "VectorStoreFileBatchObject": ".vector_store_file_batch_object",
    "VectorStoreFileBatchObjectFileCounts": ".vector_store_file_batch_object_file_counts",
    "VectorStoreFileBatchObjectObject": ".vector_store_file_batch_object_object",
    "VectorStoreFileBatchObjectStatus": ".vector_store_file_batch_object_status",
    "VectorStoreFileObject": ".vector_store_file_object",
    "VectorStoreFileObjectLastError": ".vector_store_file_object_last_error",
    "VectorStoreFileObjectLastErrorCode": ".vector_store_file_object_last_error_code",
    "VectorStoreFileObjectObject": ".vector_store_file_object_object",
    "VectorStoreFileObjectStatus": ".vector_store_file_object_status",
    "VectorStoreObject": ".vector_store_object",
    "VectorStoreObjectFileCounts": ".vector_store_object_file_counts",
    "VectorStoreObjectMetadata": ".vector_store_object_metadata",
    "VectorStoreObjectObject": ".vector_store_object_object",
    "VectorStoreObjectStatus": ".vector_store_object_status",
}

__all__ = (
    "AssistantObject",
    "AssistantObjectMetadata",
    "AssistantObjectObject",
    "AssistantObjectToolResources",
    "AssistantObjectToolResourcesCodeInterpreter",
    "AssistantObjectToolResourcesFileSearch",
    "AssistantsApiResponseFormat",
    "AssistantsApiResponseFormatMode",
    "AssistantsApiResponseFormatType",
    "AssistantsApiToolChoiceMode",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "AssistantsNamedToolChoiceType",
    "AssistantToolsCode",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchFileSearch",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFunction",
    "AssistantToolsFunctionFunction",
    "AudioResponse",
    "AudioResponseFormat",
    "AudioSegment",
    "AudioTranscription",
    "AudioTranscriptionTask",
    "AudioTranslation",
    "AudioTranslationTask",
    "AudioVerboseResponse",
    "AudioVerboseResponseTask",
    "AudioWord",
    "AutoChunkingStrategyRequestParam",
    "AzureChatExtensionsMessageContext",
    "AzureChatExtensionType",
    "AzureCosmosDBChatExtensionConfiguration",
    "AzureCosmosDBChatExtensionParameters",
    "AzureCosmosDBFieldMappingOptions",
    "AzureSearchChatExtensionConfiguration",
    "AzureSearchChatExtensionParameters",
    "AzureSearchIndexFieldMappingOptions",
    "AzureSearchQueryType",
    "ChatCompletionChoiceCommon",
    "ChatCompletionChoiceLogProbs",
    "ChatCompletionFunctionCall",
    "ChatCompletionFunctionCallMode",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctionParameters",
    "ChatCompletionFunctions",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallChunkType",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceType",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageFunctionCall",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageImageUrl",
    "ChatCompletionRequestMessageContentPartImageImageUrlDetail",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageFunction",
    "ChatCompletionRequestMessageFunctionRole",
    "ChatCompletionRequestMessageTool",
    "ChatCompletionRequestMessageToolRole",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionResponseMessage",
    "ChatCompletionResponseMessageRole",
    "ChatCompletionsRequestCommon",
    "ChatCompletionsRequestCommonLogitBias",
    "ChatCompletionStreamOptions",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaFunctionCall",
    "ChatCompletionStreamResponseDeltaRole",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprobsItem",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceMode",
    "ChatCompletionToolType",
    "Citation",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "ContentFilterChoiceResults",
    "ContentFilterCompletionTextSpan",
    "ContentFilterDetailedResults",
    "ContentFilterDetectedResult",
    "ContentFilterDetectedWithCitationResult",
    "ContentFilterDetectedWithCitationResultCitation",
    "ContentFilterDetectedWithCompletionTextSpansResult",
    "ContentFilterIdResult",
    "ContentFilterOffsets",
    "ContentFilterPromptResults",
    "ContentFilterResultBase",
    "ContentFilterResultsBase",
    "ContentFilterSeverityResult",
    "ContentFilterSeverityResultSeverity",
    "CreateAssistantRequest",
    "CreateAssistantRequestMetadata",
    "CreateAssistantRequestToolResources",
    "CreateAssistantRequestToolResourcesCodeInterpreter",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestLogitBias",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoicesItem",
    "CreateChatCompletionResponseChoicesItemFinishReason",
    "CreateChatCompletionResponseChoicesItemLogprobs",
    "CreateChatCompletionResponseObject",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoicesItem",
    "CreateChatCompletionStreamResponseChoicesItemFinishReason",
    "CreateChatCompletionStreamResponseChoicesItemLogprobs",
    "CreateChatCompletionStreamResponseObject",
    "CreateCompletionRequest",
    "CreateCompletionRequestLogitBias",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoicesItem",
    "CreateCompletionResponseChoicesItemFinishReason",
    "CreateCompletionResponseChoicesItemLogprobs",
    "CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem",
    "CreateCompletionResponseObject",
    "CreateMessageRequest",
    "CreateMessageRequestAttachmentsItem",
    "CreateMessageRequestMetadata",
    "CreateMessageRequestRole",
    "CreateRunRequest",
    "CreateRunRequestMetadata",
    "CreateSpeechRequest",
    "CreateSpeechRequestResponseFormat",
    "CreateSpeechRequestVoice",
    "CreateThreadAndRunRequest",
    "CreateThreadAndRunRequestMetadata",
    "CreateThreadAndRunRequestToolResources",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter",
    "CreateThreadAndRunRequestToolResourcesFileSearch",
    "CreateThreadRequest",
    "CreateThreadRequestMetadata",
    "CreateThreadRequestToolResources",
    "CreateThreadRequestToolResourcesCodeInterpreter",
    "CreateTranscriptionRequest",
    "CreateTranscriptionRequestTimestampGranularitiesItem",
    "CreateTranslationRequest",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest",
    "CreateVectorStoreRequestMetadata",
    "DalleContentFilterResults",
    "DalleError",
    "DalleErrorResponse",
    "DalleFilterResults",
    "DalleInnerError",
    "DeleteAssistantResponse",
    "DeleteAssistantResponseObject",
    "DeleteMessageResponse",
    "DeleteMessageResponseObject",
    "DeleteThreadResponse",
    "DeleteThreadResponseObject",
    "DeleteVectorStoreFileResponse",
    "DeleteVectorStoreFileResponseObject",
    "DeleteVectorStoreResponse",
    "DeleteVectorStoreResponseObject",
    "DoneEvent",
    "DoneEventData",
    "ElasticsearchChatExtensionConfiguration",
    "ElasticsearchChatExtensionParameters",
    "ElasticsearchIndexFieldMappingOptions",
    "ElasticsearchQueryType",
    "Embeddings",
    "EmbeddingsDataItem",
    "EmbeddingsRequest",
    "EmbeddingsUsage",
    "Error",
    "ErrorBase",
    "ErrorEvent",
    "ErrorResponse",
    "FilterReason",
    "FunctionObject",
    "FunctionParameters",
    "GenerateImagesResponse",
    "ImageGenerationsRequest",
    "ImageQuality",
    "ImageResult",
    "ImageSize",
    "ImagesResponseFormat",
    "ImageStyle",
    "InnerError",
    "InnerErrorCode",
    "Line",
    "ListAssistantsOrder",
    "ListAssistantsResponse",
    "ListMessagesOrder",
    "ListMessagesResponse",
    "ListRunsOrder",
    "ListRunsResponse",
    "ListRunStepsOrder",
    "ListRunStepsResponse",
    "ListThreadsResponse",
    "ListVectorStoreFileBatchFilesFilter",
    "ListVectorStoreFileBatchFilesOrder",
    "ListVectorStoreFilesFilter",
    "ListVectorStoreFilesOrder",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresOrder",
    "ListVectorStoresResponse",
    "MessageContentImageFileObject",
    "MessageContentImageFileObjectImageFile",
    "MessageContentTextAnnotationsFileCitationObject",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageContentTextAnnotationsFilePathObject",
    "MessageContentTextAnnotationsFilePathObjectFilePath",
    "MessageContentTextObject",
    "MessageContentTextObjectText",
    "MessageDeltaContentImageFileObject",
    "MessageDeltaContentImageFileObjectImageFile",
    "MessageDeltaContentTextAnnotationsFileCitationObject",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageDeltaContentTextAnnotationsFilePathObject",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath",
    "MessageDeltaContentTextObject",
    "MessageDeltaContentTextObjectText",
    "MessageDeltaObject",
    "MessageDeltaObjectDelta",
    "MessageDeltaObjectDeltaRole",
    "MessageDeltaObjectObject",
    "MessageObject",
    "MessageObjectAttachmentsItem",
    "MessageObjectIncompleteDetails",
    "MessageObjectIncompleteDetailsReason",
    "MessageObjectMetadata",
    "MessageObjectObject",
    "MessageObjectRole",
    "MessageObjectStatus",
    "MessageStreamEventCompleted",
    "MessageStreamEventCreated",
    "MessageStreamEventDelta",
    "MessageStreamEventIncomplete",
    "MessageStreamEventInProgress",
    "ModifyAssistantRequest",
    "ModifyAssistantRequestMetadata",
    "ModifyAssistantRequestToolResources",
    "ModifyAssistantRequestToolResourcesCodeInterpreter",
    "ModifyAssistantRequestToolResourcesFileSearch",
    "ModifyMessageRequest",
    "ModifyMessageRequestMetadata",
    "ModifyRunRequest",
    "ModifyRunRequestMetadata",
    "ModifyThreadRequest",
    "ModifyThreadRequestMetadata",
    "ModifyThreadRequestToolResources",
    "ModifyThreadRequestToolResourcesCodeInterpreter",
    "ModifyThreadRequestToolResourcesFileSearch",
    "MongoDBChatExtensionConfiguration",
    "MongoDBChatExtensionParameters",
    "MongoDBFieldMappingOptions",
    "OnYourDataAccessTokenAuthenticationOptions",
    "OnYourDataApiKeyAuthenticationOptions",
    "OnYourDataAuthenticationType",
    "OnYourDataConnectionStringAuthenticationOptions",
    "OnYourDataContextProperty",
    "OnYourDataDeploymentNameVectorizationSource",
    "OnYourDataEncodedApiKeyAuthenticationOptions",
    "OnYourDataEndpointVectorizationSource",
    "OnYourDataIntegratedVectorizationSource",
    "OnYourDataKeyAndKeyIdAuthenticationOptions",
    "OnYourDataModelIdVectorizationSource",
    "OnYourDataSystemAssignedManagedIdentityAuthenticationOptions",
    "OnYourDataUserAssignedManagedIdentityAuthenticationOptions",
    "OnYourDataUsernameAndPasswordAuthenticationOptions",
    "OnYourDataVectorizationSourceType",
    "OtherChunkingStrategyResponseParam",
    "OtherChunkingStrategyResponseParamType",
    "PineconeChatExtensionConfiguration",
    "PineconeChatExtensionParameters",
    "PineconeFieldMappingOptions",
    "PromptFilterResult",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "RetrievedDocument",
    "RunCompletionUsage",
    "RunObject",
    "RunObjectIncompleteDetails",
    "RunObjectIncompleteDetailsReason",
    "RunObjectLastError",
    "RunObjectLastErrorCode",
    "RunObjectMetadata",
    "RunObjectObject",
    "RunObjectRequiredAction",
    "RunObjectRequiredActionSubmitToolOutputs",
    "RunObjectStatus",
    "RunStepCompletionUsage",
    "RunStepDeltaObject",
    "RunStepDeltaObjectDelta",
    "RunStepDeltaObjectObject",
    "RunStepDeltaStepDetailsMessageCreationObject",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDeltaStepDetailsToolCallsCodeObject",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDeltaStepDetailsToolCallsFunctionObject",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDeltaStepDetailsToolCallsObject",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDetailsToolCallsFileSearchObject",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDetailsToolCallsFunctionObject",
    "RunStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDetailsToolCallsObject",
    "RunStepObject",
    "RunStepObjectLastError",
    "RunStepObjectLastErrorCode",
    "RunStepObjectMetadata",
    "RunStepObjectObject",
    "RunStepObjectStatus",
    "RunStepObjectType",
    "RunStepStreamEventCancelled",
    "RunStepStreamEventCompleted",
    "RunStepStreamEventCreated",
    "RunStepStreamEventDelta",
    "RunStepStreamEventExpired",
    "RunStepStreamEventFailed",
    "RunStepStreamEventInProgress",
    "RunStreamEventCancelled",
    "RunStreamEventCancelling",
    "RunStreamEventCompleted",
    "RunStreamEventCreated",
    "RunStreamEventExpired",
    "RunStreamEventFailed",
    "RunStreamEventInProgress",
    "RunStreamEventQueued",
    "RunStreamEventRequiresAction",
    "RunToolCallObject",
    "RunToolCallObjectFunction",
    "RunToolCallObjectType",
    "Span",
    "SpanPolygonItem",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyResponseParam",
    "StaticChunkingStrategyResponseParamType",
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestToolOutputsItem",
    "ThreadObject",
    "ThreadObjectMetadata",
    "ThreadObjectObject",
    "ThreadObjectToolResources",
    "ThreadObjectToolResourcesCodeInterpreter",
    "ThreadObjectToolResourcesFileSearch",
    "ThreadStreamEventEnum",
    "ToolCallType",
    "TruncationObject",
    "TruncationObjectType",
    "UnknownEventVariant",
    "UnknownRoleVariant",
    "UnknownTypeVariant",
    "UpdateVectorStoreRequest",
    "UpdateVectorStoreRequestMetadata",
    "VectorStoreExpirationAfter",
    "VectorStoreExpirationAfterAnchor",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchObjectFileCounts",
    "VectorStoreFileBatchObjectObject",
    "VectorStoreFileBatchObjectStatus",
    "VectorStoreFileObject",
    "VectorStoreFileObjectLastError",
    "VectorStoreFileObjectLastErrorCode",
    "VectorStoreFileObjectObject",
    "VectorStoreFileObjectStatus",
    "VectorStoreObject",
    "VectorStoreObjectFileCounts",
    "VectorStoreObjectMetadata",
    "VectorStoreObjectObject",
    "VectorStoreObjectStatus",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
