from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_function_call_mode import ChatCompletionFunctionCallMode
from ..models.chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_cosmos_db_chat_extension_configuration import (
        AzureCosmosDBChatExtensionConfiguration,
    )
    from ..models.azure_search_chat_extension_configuration import (
        AzureSearchChatExtensionConfiguration,
    )
    from ..models.chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption,
    )
    from ..models.chat_completion_functions import ChatCompletionFunctions
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from ..models.chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage,
    )
    from ..models.chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage,
    )
    from ..models.chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage,
    )
    from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.create_chat_completion_request_logit_bias import (
        CreateChatCompletionRequestLogitBias,
    )
    from ..models.elasticsearch_chat_extension_configuration import (
        ElasticsearchChatExtensionConfiguration,
    )
    from ..models.mongo_db_chat_extension_configuration import (
        MongoDBChatExtensionConfiguration,
    )
    from ..models.pinecone_chat_extension_configuration import (
        PineconeChatExtensionConfiguration,
    )
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.unknown_role_variant import UnknownRoleVariant
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="CreateChatCompletionRequest")


@_attrs_define
class CreateChatCompletionRequest:
    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestFunctionMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
        | UnknownRoleVariant
    ]
    """ A list of messages comprising the conversation so far. [Example Python
    code](https://github.com/openai/openai-
    cookbook/blob/main/examples/How_to_format_inputs_to_ChatGPT_models.ipynb). """
    data_sources: (
        list[
            AzureCosmosDBChatExtensionConfiguration
            | AzureSearchChatExtensionConfiguration
            | ElasticsearchChatExtensionConfiguration
            | MongoDBChatExtensionConfiguration
            | PineconeChatExtensionConfiguration
            | UnknownTypeVariant
        ]
        | Unset
    ) = UNSET
    """   The configuration entries for Azure OpenAI chat extensions that use them.
      This additional specification is only compatible with Azure OpenAI. """
    frequency_penalty: float | None | Unset = UNSET
    """ Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the
    text so far, decreasing the model's likelihood to repeat the same line verbatim.
     """
    function_call: ChatCompletionFunctionCallMode | ChatCompletionFunctionCallOption | Unset = UNSET
    """ Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.
    `none` means the model will not call a function and instead generates a message.
    `auto` means the model can pick between generating a message or calling a function.
    Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.

    `none` is the default when no functions are present. `auto` is the default if functions are present.
     """
    functions: list[ChatCompletionFunctions] | Unset = UNSET
    """ Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for.
     """
    logit_bias: CreateChatCompletionRequestLogitBias | None | Unset = UNSET
    """ Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias
    value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to
    sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase
    likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant
    token.
     """
    logprobs: bool | None | Unset = UNSET
    """ Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of
    each output token returned in the `content` of `message`. """
    max_completion_tokens: int | None | Unset = UNSET
    """ An upper bound for the number of tokens that can be generated for a completion, including visible output
    tokens and reasoning tokens. This is only supported in o1 series models. Will expand the support to other models
    in future API release. """
    max_tokens: int | None | Unset = UNSET
    """ The maximum number of [tokens](/tokenizer) that can be generated in the chat completion.

    The total length of input tokens and generated tokens is limited by the model's context length. [Example Python
    code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
     """
    n: int | None | Unset = UNSET
    """ How many chat completion choices to generate for each input message. Note that you will be charged based on
    the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs. """
    presence_penalty: float | None | Unset = UNSET
    """ Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so
    far, increasing the model's likelihood to talk about new topics.
     """
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownTypeVariant | Unset
    ) = UNSET
    """ An object specifying the format that the model must output. Compatible with
    [GPT-4o](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-4-and-gpt-4-turbo-
    models), [GPT-4o mini](https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models#gpt-4-and-
    gpt-4-turbo-models), [GPT-4 Turbo](https://learn.microsoft.com/en-us/azure/ai-
    services/openai/concepts/models#gpt-4-and-gpt-4-turbo-models) and all [GPT-3.5](https://learn.microsoft.com/en-
    us/azure/ai-services/openai/concepts/models#gpt-35) Turbo models newer than `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which guarantees the
    model will match your supplied JSON schema.

    Setting to `{ "type": "json_object" }` enables JSON mode, which guarantees the message the model generates is
    valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to produce JSON yourself via a system
    or user message. Without this, the model may generate an unending stream of whitespace until the generation
    reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message
    content may be partially cut off if `finish_reason="length"`, which indicates the generation exceeded
    `max_tokens` or the conversation exceeded the max context length.
     """
    seed: int | None | Unset = UNSET
    """ This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with
    the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor
    changes in the backend.
     """
    stop: list[str] | None | str | Unset = UNSET
    """ Up to 4 sequences where the API will stop generating further tokens.
     """
    stream: bool | None | Unset = UNSET
    """ If set, partial message deltas will be sent, like in ChatGPT. Tokens will be sent as data-only [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-
    sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]`
    message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
     """
    stream_options: ChatCompletionStreamOptions | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    """ What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random,
    while lower values like 0.2 will make it more focused and deterministic.

    We generally recommend altering this or `top_p` but not both.
     """
    tool_choice: ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | Unset = UNSET
    """ Controls which (if any) tool is called by the model. `none` means the model will not call any tool and
    instead generates a message. `auto` means the model can pick between generating a message or calling one or more
    tools. `required` means the model must call one or more tools. Specifying a particular tool via `{"type":
    "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when
    no tools are present. `auto` is the default if tools are present. """
    tools: list[ChatCompletionTool] | Unset = UNSET
    """ A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a
    list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
     """
    top_logprobs: int | None | Unset = UNSET
    """ An integer between 0 and 20 specifying the number of most likely tokens to return at each token position,
    each with an associated log probability. `logprobs` must be set to `true` if this parameter is used. """
    top_p: float | None | Unset = UNSET
    """ An alternative to sampling with temperature, called nucleus sampling, where the model considers the results
    of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or `temperature` but not both.
     """
    user: str | Unset = UNSET
    """ A unique identifier representing your end-user, which can help to monitor and detect abuse.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatCompletionRequestSystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestAssistantMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestToolMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionRequestFunctionMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        data_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_sources, Unset):
            data_sources = []
            for data_sources_item_data in self.data_sources:
                data_sources_item: dict[str, Any]
                if isinstance(data_sources_item_data, AzureSearchChatExtensionConfiguration):
                    data_sources_item = data_sources_item_data.to_dict()
                elif isinstance(data_sources_item_data, AzureCosmosDBChatExtensionConfiguration):
                    data_sources_item = data_sources_item_data.to_dict()
                elif isinstance(data_sources_item_data, ElasticsearchChatExtensionConfiguration):
                    data_sources_item = data_sources_item_data.to_dict()
                elif isinstance(data_sources_item_data, MongoDBChatExtensionConfiguration):
                    data_sources_item = data_sources_item_data.to_dict()
                elif isinstance(data_sources_item_data, PineconeChatExtensionConfiguration):
                    data_sources_item = data_sources_item_data.to_dict()
                else:
                    data_sources_item = data_sources_item_data.to_dict()

                data_sources.append(data_sources_item)

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        function_call: dict[str, Any] | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionFunctionCallMode):
            function_call = self.function_call
        else:
            function_call = self.function_call.to_dict()

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, CreateChatCompletionRequestLogitBias):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatCompletionStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatCompletionToolChoiceMode):
            tool_choice = self.tool_choice
        else:
            tool_choice = self.tool_choice.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if data_sources is not UNSET:
            field_dict["data_sources"] = data_sources
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if functions is not UNSET:
            field_dict["functions"] = functions
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if n is not UNSET:
            field_dict["n"] = n
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            _messages_item_data = messages_item_data
            messages_item: (
                ChatCompletionRequestAssistantMessage
                | ChatCompletionRequestFunctionMessage
                | ChatCompletionRequestSystemMessage
                | ChatCompletionRequestToolMessage
                | ChatCompletionRequestUserMessage
                | UnknownRoleVariant
            )
            if not isinstance(_messages_item_data, dict):
                raise TypeError(f"messages_item: expected an object, got {type(_messages_item_data).__name__}")
            elif _messages_item_data.get("role") == "system":
                messages_item = ChatCompletionRequestSystemMessage.from_dict(_messages_item_data)
            elif _messages_item_data.get("role") == "user":
                messages_item = ChatCompletionRequestUserMessage.from_dict(_messages_item_data)
            elif _messages_item_data.get("role") == "assistant":
                messages_item = ChatCompletionRequestAssistantMessage.from_dict(_messages_item_data)
            elif _messages_item_data.get("role") == "tool":
                messages_item = ChatCompletionRequestToolMessage.from_dict(_messages_item_data)
            elif _messages_item_data.get("role") == "function":
                messages_item = ChatCompletionRequestFunctionMessage.from_dict(_messages_item_data)
            else:
                messages_item = UnknownRoleVariant.from_dict(_messages_item_data)

            messages.append(messages_item)

        _data_sources = d.pop("data_sources", UNSET)
        data_sources: (
            list[
                AzureCosmosDBChatExtensionConfiguration
                | AzureSearchChatExtensionConfiguration
                | ElasticsearchChatExtensionConfiguration
                | MongoDBChatExtensionConfiguration
                | PineconeChatExtensionConfiguration
                | UnknownTypeVariant
            ]
            | Unset
        ) = UNSET
        if _data_sources is not UNSET:
            data_sources = []
            for data_sources_item_data in _data_sources:
                _data_sources_item_data = data_sources_item_data
                data_sources_item: (
                    AzureCosmosDBChatExtensionConfiguration
                    | AzureSearchChatExtensionConfiguration
                    | ElasticsearchChatExtensionConfiguration
                    | MongoDBChatExtensionConfiguration
                    | PineconeChatExtensionConfiguration
                    | UnknownTypeVariant
                )
                if not isinstance(_data_sources_item_data, dict):
                    raise TypeError(
                        f"data_sources_item: expected an object, got {type(_data_sources_item_data).__name__}"
                    )
                elif _data_sources_item_data.get("type") == "azure_search":
                    data_sources_item = AzureSearchChatExtensionConfiguration.from_dict(_data_sources_item_data)
                elif _data_sources_item_data.get("type") == "azure_cosmos_db":
                    data_sources_item = AzureCosmosDBChatExtensionConfiguration.from_dict(_data_sources_item_data)
                elif _data_sources_item_data.get("type") == "elasticsearch":
                    data_sources_item = ElasticsearchChatExtensionConfiguration.from_dict(_data_sources_item_data)
                elif _data_sources_item_data.get("type") == "mongo_db":
                    data_sources_item = MongoDBChatExtensionConfiguration.from_dict(_data_sources_item_data)
                elif _data_sources_item_data.get("type") == "pinecone":
                    data_sources_item = PineconeChatExtensionConfiguration.from_dict(_data_sources_item_data)
                else:
                    data_sources_item = UnknownTypeVariant.from_dict(_data_sources_item_data)

                data_sources.append(data_sources_item)

        _frequency_penalty_data = d.pop("frequency_penalty", UNSET)
        frequency_penalty: float | None | Unset
        if _frequency_penalty_data is None or isinstance(_frequency_penalty_data, Unset):
            frequency_penalty = _frequency_penalty_data
        else:
            frequency_penalty = _frequency_penalty_data

        def _parse_function_call(
            data: object,
        ) -> ChatCompletionFunctionCallMode | ChatCompletionFunctionCallOption | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                function_call_type_0 = ChatCompletionFunctionCallMode._value2member_map_.get(
                    _function_call_type_0_value := data
                ) or ChatCompletionFunctionCallMode(_function_call_type_0_value)

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            function_call_type_1 = ChatCompletionFunctionCallOption.from_dict(data)

            return function_call_type_1

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        _functions = d.pop("functions", UNSET)
        functions: list[ChatCompletionFunctions] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = ChatCompletionFunctions.from_dict(functions_item_data)

                functions.append(functions_item)

        _logit_bias_data = d.pop("logit_bias", UNSET)
        logit_bias: CreateChatCompletionRequestLogitBias | None | Unset
        if _logit_bias_data is None or isinstance(_logit_bias_data, Unset):
            logit_bias = _logit_bias_data
        else:
            logit_bias_type_0 = CreateChatCompletionRequestLogitBias.from_dict(_logit_bias_data)

            logit_bias = logit_bias_type_0

        _logprobs_data = d.pop("logprobs", UNSET)
        logprobs: bool | None | Unset
        if _logprobs_data is None or isinstance(_logprobs_data, Unset):
            logprobs = _logprobs_data
        else:
            logprobs = _logprobs_data

        _max_completion_tokens_data = d.pop("max_completion_tokens", UNSET)
        max_completion_tokens: int | None | Unset
        if _max_completion_tokens_data is None or isinstance(_max_completion_tokens_data, Unset):
            max_completion_tokens = _max_completion_tokens_data
        else:
            max_completion_tokens = _max_completion_tokens_data

        _max_tokens_data = d.pop("max_tokens", UNSET)
        max_tokens: int | None | Unset
        if _max_tokens_data is None or isinstance(_max_tokens_data, Unset):
            max_tokens = _max_tokens_data
        else:
            max_tokens = _max_tokens_data

        _n_data = d.pop("n", UNSET)
        n: int | None | Unset
        if _n_data is None or isinstance(_n_data, Unset):
            n = _n_data
        else:
            n = _n_data

        _presence_penalty_data = d.pop("presence_penalty", UNSET)
        presence_penalty: float | None | Unset
        if _presence_penalty_data is None or isinstance(_presence_penalty_data, Unset):
            presence_penalty = _presence_penalty_data
        else:
            presence_penalty = _presence_penalty_data

        _response_format_data = d.pop("response_format", UNSET)
        response_format: (
            ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownTypeVariant | Unset
        )
        if isinstance(_response_format_data, Unset):
            response_format = _response_format_data
        elif not isinstance(_response_format_data, dict):
            raise TypeError(f"response_format: expected an object, got {type(_response_format_data).__name__}")
        elif _response_format_data.get("type") == "text":
            response_format = ResponseFormatText.from_dict(_response_format_data)
        elif _response_format_data.get("type") == "json_object":
            response_format = ResponseFormatJsonObject.from_dict(_response_format_data)
        elif _response_format_data.get("type") == "json_schema":
            response_format = ResponseFormatJsonSchema.from_dict(_response_format_data)
        else:
            response_format = UnknownTypeVariant.from_dict(_response_format_data)

        _seed_data = d.pop("seed", UNSET)
        seed: int | None | Unset
        if _seed_data is None or isinstance(_seed_data, Unset):
            seed = _seed_data
        else:
            seed = _seed_data

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        _stream_data = d.pop("stream", UNSET)
        stream: bool | None | Unset
        if _stream_data is None or isinstance(_stream_data, Unset):
            stream = _stream_data
        else:
            stream = _stream_data

        _stream_options_data = d.pop("stream_options", UNSET)
        stream_options: ChatCompletionStreamOptions | None | Unset
        if _stream_options_data is None or isinstance(_stream_options_data, Unset):
            stream_options = _stream_options_data
        else:
            stream_options_type_0 = ChatCompletionStreamOptions.from_dict(_stream_options_data)

            stream_options = stream_options_type_0

        _temperature_data = d.pop("temperature", UNSET)
        temperature: float | None | Unset
        if _temperature_data is None or isinstance(_temperature_data, Unset):
            temperature = _temperature_data
        else:
            temperature = _temperature_data

        def _parse_tool_choice(data: object) -> ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemaschat_completion_tool_choice_option_type_0 = (
                    ChatCompletionToolChoiceMode._value2member_map_.get(
                        _componentsschemaschat_completion_tool_choice_option_type_0_value := data
                    )
                    or ChatCompletionToolChoiceMode(_componentsschemaschat_completion_tool_choice_option_type_0_value)
                )

                return componentsschemaschat_completion_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemaschat_completion_tool_choice_option_type_1 = ChatCompletionNamedToolChoice.from_dict(data)

            return componentsschemaschat_completion_tool_choice_option_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[ChatCompletionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatCompletionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        _top_logprobs_data = d.pop("top_logprobs", UNSET)
        top_logprobs: int | None | Unset
        if _top_logprobs_data is None or isinstance(_top_logprobs_data, Unset):
            top_logprobs = _top_logprobs_data
        else:
            top_logprobs = _top_logprobs_data

        _top_p_data = d.pop("top_p", UNSET)
        top_p: float | None | Unset
        if _top_p_data is None or isinstance(_top_p_data, Unset):
            top_p = _top_p_data
        else:
            top_p = _top_p_data

        user = d.pop("user", UNSET)

        create_chat_completion_request = cls(
            messages=messages,
            data_sources=data_sources,
            frequency_penalty=frequency_penalty,
            function_call=function_call,
            functions=functions,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_completion_tokens=max_completion_tokens,
            max_tokens=max_tokens,
            n=n,
            presence_penalty=presence_penalty,
            response_format=response_format,
            seed=seed,
            stop=stop,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            tool_choice=tool_choice,
            tools=tools,
            top_logprobs=top_logprobs,
            top_p=top_p,
            user=user,
        )

        create_chat_completion_request.additional_properties = d
        return create_chat_completion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.azure_cosmos_db_chat_extension_configuration import (
    AzureCosmosDBChatExtensionConfiguration,  # noqa: E402
)
from ..models.azure_search_chat_extension_configuration import (
    AzureSearchChatExtensionConfiguration,  # noqa: E402
)
from ..models.chat_completion_function_call_option import (
    ChatCompletionFunctionCallOption,  # noqa: E402
)
from ..models.chat_completion_functions import ChatCompletionFunctions  # noqa: E402
from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: E402
from ..models.chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage,  # noqa: E402
)
from ..models.chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessage,  # noqa: E402
)
from ..models.chat_completion_request_system_message import (
    ChatCompletionRequestSystemMessage,  # noqa: E402
)
from ..models.chat_completion_request_tool_message import (
    ChatCompletionRequestToolMessage,  # noqa: E402
)
from ..models.chat_completion_request_user_message import (
    ChatCompletionRequestUserMessage,  # noqa: E402
)
from ..models.chat_completion_stream_options import ChatCompletionStreamOptions  # noqa: E402
from ..models.chat_completion_tool import ChatCompletionTool  # noqa: E402
from ..models.create_chat_completion_request_logit_bias import (
    CreateChatCompletionRequestLogitBias,  # noqa: E402
)
from ..models.elasticsearch_chat_extension_configuration import (
    ElasticsearchChatExtensionConfiguration,  # noqa: E402
)
from ..models.mongo_db_chat_extension_configuration import (
    MongoDBChatExtensionConfiguration,  # noqa: E402
)
from ..models.pinecone_chat_extension_configuration import (
    PineconeChatExtensionConfiguration,  # noqa: E402
)
from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: E402
from ..models.response_format_text import ResponseFormatText  # noqa: E402
from ..models.unknown_role_variant import UnknownRoleVariant  # noqa: E402
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
