"""Deterministic answers: the same request body always gives the same response body.

Texts are built from the request (the last user message, the prompt); ids and ``created`` derive
from a hash of the request; a "token" is a whitespace-separated word. Shapes follow recorded Azure
traffic: ``prompt_filter_results`` and per-choice ``content_filter_results`` everywhere, and a chat
stream whose first event has ``choices: []`` and only the prompt filter results.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import re
import struct
from collections.abc import Iterator
from typing import Any

JSON = dict[str, Any]

CATEGORIES = ("hate", "self_harm", "sexual", "violence")
# words that make the emulator's content filter refuse a prompt (category, severity)
FILTERED_WORDS = {"violence": ("violence", "medium"), "violent": ("violence", "medium")}
_EPOCH = 1_700_000_000


def digest(*parts: Any) -> str:
    """A stable hex digest of JSON-serialisable ``parts``."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def created(seed: str) -> int:
    return _EPOCH + int(seed[:8], 16) % 10_000_000


def filter_results(filtered: str | None = None, severity: str = "medium") -> JSON:
    """Per-category results as Azure sends them; ``filtered`` names the category that tripped."""
    results: JSON = {}
    for category in CATEGORIES:
        hit = category == filtered
        results[category] = {"filtered": hit, "severity": severity if hit else "safe"}
    return results


def prompt_filter_results(count: int = 1) -> list[JSON]:
    return [{"prompt_index": index, "content_filter_results": filter_results()} for index in range(count)]


def filtered_category(texts: list[str]) -> tuple[str, str] | None:
    """The (category, severity) the emulator's content filter finds in ``texts``, if any."""
    for text in texts:
        for word in text.lower().replace("?", " ").replace(".", " ").replace(",", " ").split():
            if word in FILTERED_WORDS:
                return FILTERED_WORDS[word]
    return None


def tokens(text: str) -> list[str]:
    """``text`` cut into "tokens": each word with the white space before it."""
    return re.findall(r"\s*\S+", text)


def count_tokens(text: str) -> int:
    return len(text.split())


def message_text(content: Any) -> str:
    """The text of a message's ``content`` (a string or a list of parts; images are named)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict) and part.get("type") == "text":
                parts.append(str(part.get("text", "")))
            elif isinstance(part, dict) and part.get("type") == "image_url":
                parts.append("[image]")
            elif isinstance(part, dict) and part.get("type") == "refusal":
                parts.append(str(part.get("refusal", "")))
        return " ".join(parts)
    return ""


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def sample(schema: Any, name: str = "value", depth: int = 0) -> Any:
    """A small deterministic instance of a JSON schema (tool arguments, structured outputs)."""
    if not isinstance(schema, dict) or depth > 6:
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    for key in ("anyOf", "oneOf", "allOf"):
        if schema.get(key):
            return sample(schema[key][0], name, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return {key: sample(sub, key, depth + 1) for key, sub in properties.items()}
    if kind == "array":
        return [sample(schema.get("items", {}), name, depth + 1)]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return f"sample {name}"


# -- chat completions ------------------------------------------------------------------------------


def _chat_reply(body: JSON) -> str:
    messages = body.get("messages", [])
    last = messages[-1] if messages else {}
    if last.get("role") in ("tool", "function"):
        return f"The tool answered: {_quote(message_text(last.get('content')))}"
    user = next((m for m in reversed(messages) if m.get("role") == "user"), last)
    text = f'This is the Azure OpenAI emulator answering "{_quote(message_text(user.get("content")))}".'
    if body.get("data_sources"):
        text += " The retrieved documents say so [doc1]."
    return text


def _tool_call(body: JSON, seed: str) -> tuple[str, JSON] | None:
    """("tool_calls" | "function_call", the call) when the request asks for a tool to be called."""
    messages = body.get("messages", [])
    if messages and messages[-1].get("role") in ("tool", "function"):
        return None
    tools, choice = body.get("tools") or [], body.get("tool_choice", "auto")
    if tools and choice != "none":
        function = tools[0]["function"]
        if isinstance(choice, dict):
            wanted = choice.get("function", {}).get("name")
            function = next((t["function"] for t in tools if t["function"].get("name") == wanted), function)
        arguments = json.dumps(sample(function.get("parameters", {"type": "object"})))
        call = {
            "id": f"call_{seed[:24]}",
            "type": "function",
            "function": {"name": function["name"], "arguments": arguments},
        }
        return "tool_calls", call
    functions, function_call = body.get("functions") or [], body.get("function_call", "auto")
    if functions and function_call != "none":
        function = functions[0]
        if isinstance(function_call, dict):
            function = next((f for f in functions if f.get("name") == function_call.get("name")), function)
        arguments = json.dumps(sample(function.get("parameters", {"type": "object"})))
        return "function_call", {"name": function["name"], "arguments": arguments}
    return None


def _chat_content(body: JSON, index: int) -> str:
    text = _chat_reply(body) + (f" (choice {index})" if index else "")
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_object":
        return json.dumps({"answer": text})
    if response_format.get("type") == "json_schema":
        return json.dumps(sample(response_format.get("json_schema", {}).get("schema", {"type": "object"})))
    return text


def _limit(text: str, body: JSON) -> tuple[str, str]:
    """``text`` cut at a stop sequence or at ``max_tokens`` words, with the finish reason."""
    stops = body.get("stop")
    for stop in [stops] if isinstance(stops, str) else stops or []:
        if stop and stop in text:
            return text[: text.index(stop)], "stop"
    limit = body.get("max_completion_tokens") or body.get("max_tokens")
    pieces = tokens(text)
    if isinstance(limit, int) and 0 <= limit < len(pieces):
        return "".join(pieces[:limit]), "length"
    return text, "stop"


def _logprobs(text: str, top: int) -> list[JSON]:
    entries = []
    for position, token in enumerate(tokens(text)):
        logprob = -0.01 * (1 + position % 7)
        alternatives = [
            {
                "token": token if rank == 0 else f"{token}{rank}",
                "logprob": logprob - rank,
                "bytes": list(token.encode()),
            }
            for rank in range(top)
        ]
        entries.append(
            {"token": token, "logprob": logprob, "bytes": list(token.encode()), "top_logprobs": alternatives}
        )
    return entries


def _citations(body: JSON) -> JSON:
    source = body["data_sources"][0]
    index = source.get("parameters", {}).get("index_name") or source.get("parameters", {}).get("container_name")
    return {
        "citations": [
            {
                "content": f"Emulated document retrieved from {source.get('type')} ({index or 'index'}).",
                "title": "Emulated document",
                "url": "https://example.com/emulated-document.txt",
                "filepath": "emulated-document.txt",
                "chunk_id": "0",
            }
        ],
        "intent": json.dumps([message_text(body["messages"][-1].get("content"))]),
    }


def chat_completion(body: JSON, model: str) -> JSON:
    """A ``chat.completion`` for ``body``."""
    seed = digest("chat", model, body)
    choices, completion_tokens = [], 0
    call = _tool_call(body, seed)
    for index in range(body.get("n") or 1):
        message: JSON = {"role": "assistant", "content": None, "refusal": None}
        if call and call[0] == "tool_calls":
            message["tool_calls"] = [call[1]]
            finish, text = "tool_calls", call[1]["function"]["arguments"]
        elif call:
            message["function_call"] = call[1]
            finish, text = "function_call", call[1]["arguments"]
        else:
            text, finish = _limit(_chat_content(body, index), body)
            message["content"] = text
            if body.get("data_sources"):
                message["context"] = _citations(body)
        completion_tokens += count_tokens(text)
        logprobs = None
        if body.get("logprobs") and message["content"] is not None:
            logprobs = {"content": _logprobs(text, body.get("top_logprobs") or 0), "refusal": None}
        choices.append(
            {
                "content_filter_results": filter_results(),
                "finish_reason": finish,
                "index": index,
                "logprobs": logprobs,
                "message": message,
            }
        )
    prompt_tokens = sum(count_tokens(message_text(m.get("content"))) + 3 for m in body.get("messages", []))
    return {
        "choices": choices,
        "created": created(seed),
        "id": f"chatcmpl-{seed[:29]}",
        "model": model,
        "object": "chat.completion",
        "prompt_filter_results": prompt_filter_results(),
        "system_fingerprint": f"fp_{seed[29:39]}",
        "usage": {
            "completion_tokens": completion_tokens,
            "prompt_tokens": prompt_tokens,
            "total_tokens": completion_tokens + prompt_tokens,
        },
    }


def chat_completion_events(body: JSON, model: str) -> Iterator[JSON]:
    """The events of a streamed chat completion, as Azure sends them (without ``[DONE]``)."""
    whole = chat_completion(body, model)
    yield {
        "choices": [],
        "created": 0,
        "id": "",
        "model": "",
        "object": "",
        "prompt_filter_results": whole["prompt_filter_results"],
    }
    base = {
        "created": whole["created"],
        "id": whole["id"],
        "model": model,
        "object": "chat.completion.chunk",
        "system_fingerprint": None,
    }
    for choice in whole["choices"]:
        index, message = choice["index"], choice["message"]

        def chunk(
            delta: JSON, filters: JSON, finish: str | None = None, logprobs: Any = None, index: int = index
        ) -> JSON:
            entry = {
                "content_filter_results": filters,
                "delta": delta,
                "finish_reason": finish,
                "index": index,
                "logprobs": logprobs,
            }
            return {"choices": [entry], **base}

        yield chunk({"content": "", "role": "assistant"}, {})
        if message.get("tool_calls"):
            call = message["tool_calls"][0]
            yield chunk({"tool_calls": [{"index": 0, **call}]}, {})
        elif message.get("function_call"):
            yield chunk({"function_call": message["function_call"]}, {})
        else:
            logprobs = (choice["logprobs"] or {}).get("content") or []
            for position, token in enumerate(tokens(message["content"])):
                entry_logprobs = {"content": [logprobs[position]], "refusal": None} if logprobs else None
                yield chunk({"content": token}, filter_results(), logprobs=entry_logprobs)
        yield chunk({}, {}, choice["finish_reason"])
    if (body.get("stream_options") or {}).get("include_usage"):
        yield {"choices": [], **base, "usage": whole["usage"]}


# -- legacy completions ----------------------------------------------------------------------------


def _prompts(body: JSON) -> list[str]:
    prompt = body.get("prompt")
    if prompt is None:
        return ["<|endoftext|>"]
    return [prompt] if isinstance(prompt, str) else [str(p) for p in prompt] or [""]


def completion(body: JSON, model: str) -> JSON:
    """A ``text_completion`` for ``body`` (one choice per prompt and ``n``)."""
    seed = digest("completions", model, body)
    prompts, n = _prompts(body), body.get("n") or 1
    choices, completion_tokens = [], 0
    for prompt_index, prompt in enumerate(prompts):
        for i in range(n):
            reply = f' The Azure OpenAI emulator completes "{_quote(prompt)}".' + (f" (choice {i})" if i else "")
            text, finish = _limit(reply, body)
            completion_tokens += count_tokens(text)
            logprobs = None
            if body.get("logprobs") is not None:
                entries = _logprobs(text, body["logprobs"])
                offsets, offset = [], len(prompt)
                for entry in entries:
                    offsets.append(offset)
                    offset += len(entry["token"])
                logprobs = {
                    "tokens": [e["token"] for e in entries],
                    "token_logprobs": [e["logprob"] for e in entries],
                    "top_logprobs": [{t["token"]: t["logprob"] for t in e["top_logprobs"]} for e in entries],
                    "text_offset": offsets,
                }
            choices.append(
                {
                    "text": (prompt + text) if body.get("echo") else text,
                    "index": prompt_index * n + i,
                    "finish_reason": finish,
                    "logprobs": logprobs,
                    "content_filter_results": filter_results(),
                }
            )
    prompt_tokens = sum(count_tokens(p) for p in prompts)
    return {
        "id": f"cmpl-{seed[:29]}",
        "object": "text_completion",
        "created": created(seed),
        "model": model,
        "prompt_filter_results": prompt_filter_results(len(prompts)),
        "choices": choices,
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def completion_events(body: JSON, model: str) -> Iterator[JSON]:
    """The events of a streamed text completion (without ``[DONE]``)."""
    whole = completion(body, model)
    yield {
        "id": "",
        "object": "",
        "created": 0,
        "model": "",
        "prompt_filter_results": whole["prompt_filter_results"],
        "choices": [],
    }
    base = {"id": whole["id"], "object": "text_completion", "created": whole["created"], "model": model}
    for choice in whole["choices"]:
        for token in tokens(choice["text"]):
            entry = {
                "text": token,
                "index": choice["index"],
                "finish_reason": None,
                "logprobs": None,
                "content_filter_results": filter_results(),
            }
            yield {**base, "choices": [entry]}
        entry = {
            "text": "",
            "index": choice["index"],
            "finish_reason": choice["finish_reason"],
            "logprobs": None,
            "content_filter_results": {},
        }
        yield {**base, "choices": [entry]}


# -- embeddings ------------------------------------------------------------------------------------


def _vector(text: str, dimensions: int) -> list[float]:
    rng = random.Random(int(digest("embedding", text)[:16], 16))
    raw = [rng.uniform(-1.0, 1.0) for _ in range(dimensions)]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    # round through float32, the precision the service has
    return [struct.unpack("<f", struct.pack("<f", x / norm))[0] for x in raw]


def embeddings(body: JSON, model: str) -> JSON:
    """Unit vectors seeded by each input's text: equal texts get equal vectors."""
    inputs = body["input"]
    inputs = [inputs] if isinstance(inputs, str) or inputs is None else inputs
    dimensions = body.get("dimensions") or (3072 if "large" in model else 1536)
    data = []
    for index, text in enumerate(inputs):
        vector = _vector(text or "", dimensions)
        embedding: Any = vector
        if body.get("encoding_format") == "base64":
            embedding = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
        data.append({"object": "embedding", "index": index, "embedding": embedding})
    used = sum(count_tokens(text or "") for text in inputs)
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": used, "total_tokens": used}}


# -- images ----------------------------------------------------------------------------------------


def image_colour(prompt: str) -> tuple[int, int, int]:
    seed = digest("image", prompt)
    return int(seed[0:2], 16), int(seed[2:4], 16), int(seed[4:6], 16)
