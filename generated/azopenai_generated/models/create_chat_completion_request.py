from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_function_call_mode import ChatCompletionFunctionCallMode
from ..models.chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
from ..types import UNSET, model_json, model_repr

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
        | None
    ) = None
    """   The configuration entries for Azure OpenAI chat extensions that use them.
      This additional specification is only compatible with Azure OpenAI. """
    frequency_penalty: float | None = None
    """ Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the
    text so far, decreasing the model's likelihood to repeat the same line verbatim.
     """
    function_call: ChatCompletionFunctionCallMode | ChatCompletionFunctionCallOption | None = None
    """ Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.
    `none` means the model will not call a function and instead generates a message.
    `auto` means the model can pick between generating a message or calling a function.
    Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.

    `none` is the default when no functions are present. `auto` is the default if functions are present.
     """
    functions: list[ChatCompletionFunctions] | None = None
    """ Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for.
     """
    logit_bias: CreateChatCompletionRequestLogitBias | None = None
    """ Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated bias
    value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior to
    sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase
    likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant
    token.
     """
    logprobs: bool | None = None
    """ Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of
    each output token returned in the `content` of `message`. """
    max_completion_tokens: int | None = None
    """ An upper bound for the number of tokens that can be generated for a completion, including visible output
    tokens and reasoning tokens. This is only supported in o1 series models. Will expand the support to other models
    in future API release. """
    max_tokens: int | None = None
    """ The maximum number of [tokens](/tokenizer) that can be generated in the chat completion.

    The total length of input tokens and generated tokens is limited by the model's context length. [Example Python
    code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
     """
    n: int | None = None
    """ How many chat completion choices to generate for each input message. Note that you will be charged based on
    the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs. """
    presence_penalty: float | None = None
    """ Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so
    far, increasing the model's likelihood to talk about new topics.
     """
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownTypeVariant | None
    ) = None
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
    seed: int | None = None
    """ This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with
    the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor
    changes in the backend.
     """
    stop: list[str] | None | str = None
    """ Up to 4 sequences where the API will stop generating further tokens.
     """
    stream: bool | None = None
    """ If set, partial message deltas will be sent, like in ChatGPT. Tokens will be sent as data-only [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-
    sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]`
    message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
     """
    stream_options: ChatCompletionStreamOptions | None = None
    temperature: float | None = None
    """ What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random,
    while lower values like 0.2 will make it more focused and deterministic.

    We generally recommend altering this or `top_p` but not both.
     """
    tool_choice: ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | None = None
    """ Controls which (if any) tool is called by the model. `none` means the model will not call any tool and
    instead generates a message. `auto` means the model can pick between generating a message or calling one or more
    tools. `required` means the model must call one or more tools. Specifying a particular tool via `{"type":
    "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when
    no tools are present. `auto` is the default if tools are present. """
    tools: list[ChatCompletionTool] | None = None
    """ A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a
    list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
     """
    top_logprobs: int | None = None
    """ An integer between 0 and 20 specifying the number of most likely tokens to return at each token position,
    each with an associated log probability. `logprobs` must be set to `true` if this parameter is used. """
    top_p: float | None = None
    """ An alternative to sampling with temperature, called nucleus sampling, where the model considers the results
    of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or `temperature` but not both.
     """
    user: str | None = None
    """ A unique identifier representing your end-user, which can help to monitor and detect abuse.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if self.data_sources is not None:
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

            field_dict["data_sources"] = data_sources
        if self.frequency_penalty is not None:
            frequency_penalty: float | None
            frequency_penalty = self.frequency_penalty
            field_dict["frequency_penalty"] = frequency_penalty
        if self.function_call is not None:
            function_call: dict[str, Any] | str
            if isinstance(self.function_call, ChatCompletionFunctionCallMode):
                function_call = self.function_call
            else:
                function_call = self.function_call.to_dict()

            field_dict["function_call"] = function_call
        if self.functions is not None:
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

            field_dict["functions"] = functions
        if self.logit_bias is not None:
            logit_bias: dict[str, Any] | None
            if isinstance(self.logit_bias, CreateChatCompletionRequestLogitBias):
                logit_bias = self.logit_bias.to_dict()
            else:
                logit_bias = self.logit_bias
            field_dict["logit_bias"] = logit_bias
        if self.logprobs is not None:
            logprobs: bool | None
            logprobs = self.logprobs
            field_dict["logprobs"] = logprobs
        if self.max_completion_tokens is not None:
            max_completion_tokens: int | None
            max_completion_tokens = self.max_completion_tokens
            field_dict["max_completion_tokens"] = max_completion_tokens
        if self.max_tokens is not None:
            max_tokens: int | None
            max_tokens = self.max_tokens
            field_dict["max_tokens"] = max_tokens
        if self.n is not None:
            n: int | None
            n = self.n
            field_dict["n"] = n
        if self.presence_penalty is not None:
            presence_penalty: float | None
            presence_penalty = self.presence_penalty
            field_dict["presence_penalty"] = presence_penalty
        if self.response_format is not None:
            response_format: dict[str, Any]
            if isinstance(self.response_format, ResponseFormatText):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ResponseFormatJsonObject):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ResponseFormatJsonSchema):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format.to_dict()

            field_dict["response_format"] = response_format
        if self.seed is not None:
            seed: int | None
            seed = self.seed
            field_dict["seed"] = seed
        if self.stop is not None:
            stop: list[str] | None | str
            if isinstance(self.stop, list):
                stop = self.stop

            else:
                stop = self.stop
            field_dict["stop"] = stop
        if self.stream is not None:
            stream: bool | None
            stream = self.stream
            field_dict["stream"] = stream
        if self.stream_options is not None:
            stream_options: dict[str, Any] | None
            if isinstance(self.stream_options, ChatCompletionStreamOptions):
                stream_options = self.stream_options.to_dict()
            else:
                stream_options = self.stream_options
            field_dict["stream_options"] = stream_options
        if self.temperature is not None:
            temperature: float | None
            temperature = self.temperature
            field_dict["temperature"] = temperature
        if self.tool_choice is not None:
            tool_choice: dict[str, Any] | str
            if isinstance(self.tool_choice, ChatCompletionToolChoiceMode):
                tool_choice = self.tool_choice
            else:
                tool_choice = self.tool_choice.to_dict()

            field_dict["tool_choice"] = tool_choice
        if self.tools is not None:
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

            field_dict["tools"] = tools
        if self.top_logprobs is not None:
            top_logprobs: int | None
            top_logprobs = self.top_logprobs
            field_dict["top_logprobs"] = top_logprobs
        if self.top_p is not None:
            top_p: float | None
            top_p = self.top_p
            field_dict["top_p"] = top_p
        if self.user is not None:
            field_dict["user"] = self.user
        for name in self._nulls:
            field_dict.setdefault(name, None)

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return model_json(self, indent)

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            _messages_item_data = messages_item_data
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
            | None
        )
        if _data_sources is UNSET:
            data_sources = None
        elif _data_sources is None:
            data_sources = None
            nulls += ("data_sources",)
        else:
            data_sources = []
            _data_sources = _data_sources
            for data_sources_item_data in _data_sources:
                _data_sources_item_data = data_sources_item_data
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

        _frequency_penalty = d.pop("frequency_penalty", UNSET)
        frequency_penalty: float | None
        if _frequency_penalty is UNSET:
            frequency_penalty = None
        elif _frequency_penalty is None:
            frequency_penalty = None
            nulls += ("frequency_penalty",)
        else:
            _frequency_penalty_data = _frequency_penalty
            frequency_penalty = _frequency_penalty_data

        _function_call = d.pop("function_call", UNSET)
        function_call: ChatCompletionFunctionCallMode | ChatCompletionFunctionCallOption | None
        if _function_call is UNSET:
            function_call = None
        elif _function_call is None:
            function_call = None
            nulls += ("function_call",)
        else:

            def _parse_function_call(data: object) -> ChatCompletionFunctionCallMode | ChatCompletionFunctionCallOption:
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

            function_call = _parse_function_call(_function_call)

        _functions = d.pop("functions", UNSET)
        functions: list[ChatCompletionFunctions] | None
        if _functions is UNSET:
            functions = None
        elif _functions is None:
            functions = None
            nulls += ("functions",)
        else:
            functions = []
            _functions = _functions
            for functions_item_data in _functions:
                functions_item = ChatCompletionFunctions.from_dict(functions_item_data)

                functions.append(functions_item)

        _logit_bias = d.pop("logit_bias", UNSET)
        logit_bias: CreateChatCompletionRequestLogitBias | None
        if _logit_bias is UNSET:
            logit_bias = None
        elif _logit_bias is None:
            logit_bias = None
            nulls += ("logit_bias",)
        else:
            _logit_bias_data = _logit_bias
            logit_bias_type_0 = CreateChatCompletionRequestLogitBias.from_dict(_logit_bias_data)

            logit_bias = logit_bias_type_0

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: bool | None
        if _logprobs is UNSET:
            logprobs = None
        elif _logprobs is None:
            logprobs = None
            nulls += ("logprobs",)
        else:
            _logprobs_data = _logprobs
            logprobs = _logprobs_data

        _max_completion_tokens = d.pop("max_completion_tokens", UNSET)
        max_completion_tokens: int | None
        if _max_completion_tokens is UNSET:
            max_completion_tokens = None
        elif _max_completion_tokens is None:
            max_completion_tokens = None
            nulls += ("max_completion_tokens",)
        else:
            _max_completion_tokens_data = _max_completion_tokens
            max_completion_tokens = _max_completion_tokens_data

        _max_tokens = d.pop("max_tokens", UNSET)
        max_tokens: int | None
        if _max_tokens is UNSET:
            max_tokens = None
        elif _max_tokens is None:
            max_tokens = None
            nulls += ("max_tokens",)
        else:
            _max_tokens_data = _max_tokens
            max_tokens = _max_tokens_data

        _n = d.pop("n", UNSET)
        n: int | None
        if _n is UNSET:
            n = None
        elif _n is None:
            n = None
            nulls += ("n",)
        else:
            _n_data = _n
            n = _n_data

        _presence_penalty = d.pop("presence_penalty", UNSET)
        presence_penalty: float | None
        if _presence_penalty is UNSET:
            presence_penalty = None
        elif _presence_penalty is None:
            presence_penalty = None
            nulls += ("presence_penalty",)
        else:
            _presence_penalty_data = _presence_penalty
            presence_penalty = _presence_penalty_data

        _response_format = d.pop("response_format", UNSET)
        response_format: (
            ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownTypeVariant | None
        )
        if _response_format is UNSET:
            response_format = None
        elif _response_format is None:
            response_format = None
            nulls += ("response_format",)
        else:
            _response_format_data = _response_format
            if not isinstance(_response_format_data, dict):
                raise TypeError(f"response_format: expected an object, got {type(_response_format_data).__name__}")
            elif _response_format_data.get("type") == "text":
                response_format = ResponseFormatText.from_dict(_response_format_data)
            elif _response_format_data.get("type") == "json_object":
                response_format = ResponseFormatJsonObject.from_dict(_response_format_data)
            elif _response_format_data.get("type") == "json_schema":
                response_format = ResponseFormatJsonSchema.from_dict(_response_format_data)
            else:
                response_format = UnknownTypeVariant.from_dict(_response_format_data)

        _seed = d.pop("seed", UNSET)
        seed: int | None
        if _seed is UNSET:
            seed = None
        elif _seed is None:
            seed = None
            nulls += ("seed",)
        else:
            _seed_data = _seed
            seed = _seed_data

        _stop = d.pop("stop", UNSET)
        stop: list[str] | None | str
        if _stop is UNSET:
            stop = None
        elif _stop is None:
            stop = None
            nulls += ("stop",)
        else:

            def _parse_stop(data: object) -> list[str] | None | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    stop_type_1 = cast(list[str], data)

                    return stop_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | str, data)

            stop = _parse_stop(_stop)

        _stream = d.pop("stream", UNSET)
        stream: bool | None
        if _stream is UNSET:
            stream = None
        elif _stream is None:
            stream = None
            nulls += ("stream",)
        else:
            _stream_data = _stream
            stream = _stream_data

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatCompletionStreamOptions | None
        if _stream_options is UNSET:
            stream_options = None
        elif _stream_options is None:
            stream_options = None
            nulls += ("stream_options",)
        else:
            _stream_options_data = _stream_options
            stream_options_type_0 = ChatCompletionStreamOptions.from_dict(_stream_options_data)

            stream_options = stream_options_type_0

        _temperature = d.pop("temperature", UNSET)
        temperature: float | None
        if _temperature is UNSET:
            temperature = None
        elif _temperature is None:
            temperature = None
            nulls += ("temperature",)
        else:
            _temperature_data = _temperature
            temperature = _temperature_data

        _tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode | None
        if _tool_choice is UNSET:
            tool_choice = None
        elif _tool_choice is None:
            tool_choice = None
            nulls += ("tool_choice",)
        else:

            def _parse_tool_choice(data: object) -> ChatCompletionNamedToolChoice | ChatCompletionToolChoiceMode:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemaschat_completion_tool_choice_option_type_0 = (
                        ChatCompletionToolChoiceMode._value2member_map_.get(
                            _componentsschemaschat_completion_tool_choice_option_type_0_value := data
                        )
                        or ChatCompletionToolChoiceMode(
                            _componentsschemaschat_completion_tool_choice_option_type_0_value
                        )
                    )

                    return componentsschemaschat_completion_tool_choice_option_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemaschat_completion_tool_choice_option_type_1 = ChatCompletionNamedToolChoice.from_dict(
                    data
                )

                return componentsschemaschat_completion_tool_choice_option_type_1

            tool_choice = _parse_tool_choice(_tool_choice)

        _tools = d.pop("tools", UNSET)
        tools: list[ChatCompletionTool] | None
        if _tools is UNSET:
            tools = None
        elif _tools is None:
            tools = None
            nulls += ("tools",)
        else:
            tools = []
            _tools = _tools
            for tools_item_data in _tools:
                tools_item = ChatCompletionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        _top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: int | None
        if _top_logprobs is UNSET:
            top_logprobs = None
        elif _top_logprobs is None:
            top_logprobs = None
            nulls += ("top_logprobs",)
        else:
            _top_logprobs_data = _top_logprobs
            top_logprobs = _top_logprobs_data

        _top_p = d.pop("top_p", UNSET)
        top_p: float | None
        if _top_p is UNSET:
            top_p = None
        elif _top_p is None:
            top_p = None
            nulls += ("top_p",)
        else:
            _top_p_data = _top_p
            top_p = _top_p_data

        _user = d.pop("user", UNSET)
        user: str | None
        if _user is UNSET:
            user = None
        elif _user is None:
            user = None
            nulls += ("user",)
        else:
            user = _user

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
        if nulls:
            create_chat_completion_request._nulls = nulls

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
