"""The emulator's ASGI application (Starlette).

Routes
    ``POST /openai/deployments/{deployment}/{operation}?api-version=...``  Azure style
    ``POST /v1/{operation}`` (model in the body)                             OpenAI style
    ``GET|POST|DELETE /openai/{assistants,threads,vector_stores}...``      the assistants family
    (and under ``/v1/``), served from memory by ``_assistants``
    ``GET  /emulator/images/{width}x{height}-{rrggbb}.png``                  generated image URLs
    ``GET  /``                                                               what this is (JSON)

``operation`` is the path after the deployment of an operation of the generated table
(``azopenai_generated.operations``; ``_spec.ROUTES``); the answers are chosen by operation name.

Each request goes through, in order: route and ``api-version`` checks, authentication, status
faults (429, 5xx...), body parsing and validation against the spec's request schema, the content
filter, then the deterministic answer with any stream faults applied.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import uuid
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from http import HTTPStatus
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from . import _assistants, _audio, _content, _image, _store
from ._faults import FAULT_HEADER, Fault, FaultCounter, FaultSyntaxError, parse_fault
from ._spec import ROUTES, Spec, wire_path

JSON = dict[str, Any]

MAX_AUDIO_BYTES = 25 * 1024 * 1024
_API_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}(-preview)?$")
# operations answered by name (the generated table's Python names)
_CHAT, _COMPLETIONS, _EMBEDDINGS = "get_chat_completions", "get_completions", "get_embeddings"
_IMAGES, _SPEECH, _TRANSLATION = "get_image_generations", "generate_speech_from_text", "get_audio_translation"
_AZURE_KEY_MESSAGE = (
    "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key "
    "for an active subscription and use a correct regional API endpoint for your resource."
)
_AZURE_TOKEN_MESSAGE = (
    "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), "
    "or have expired."
)
_STATUS_ERRORS = {
    400: ("BadRequest", "The emulator was asked to fail this request."),
    401: ("401", _AZURE_KEY_MESSAGE),
    403: ("403", "Public access is disabled. Please configure private endpoint."),
    404: (
        "DeploymentNotFound",
        "The API deployment for this resource does not exist. If you created the deployment within the last "
        "5 minutes, please wait a moment and try again.",
    ),
    408: ("Timeout", "The operation was timeout."),
    500: ("InternalServerError", "The server had an error while processing your request. Sorry about that!"),
    502: ("BadGateway", "Bad gateway."),
    503: ("ServiceUnavailable", "The service is temporarily unable to process your request. Please try again later."),
    504: ("GatewayTimeout", "The server did not receive a timely response from the upstream server."),
}


@dataclass
class Settings:
    """How the emulator behaves.

    ``api_key``: the key (``api-key`` header, or ``Authorization: Bearer`` on OpenAI routes) it
    accepts; ``None`` accepts any non-empty key. ``bearer_token``: the Entra ID token it accepts as
    ``Authorization: Bearer`` on Azure routes; ``None`` accepts any non-empty token. ``fault``: a
    fault (see ``_faults``) applied to every request that has no ``x-emulator-fault`` header.
    ``spec_path``: an ``inference.json`` to load instead of the spec this package was generated
    from (default: ``$AZOPENAI_SPEC`` if set, else the package's own data).
    """

    api_key: str | None = None
    bearer_token: str | None = None
    fault: str | None = None
    spec_path: str | None = None


class DropConnection(Exception):
    """Raised inside a response body to make the server close the connection mid-response."""


class _Refusal(Exception):
    """An error answer, raised from deep inside request handling."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def _headers(request: Request | None = None) -> dict[str, str]:
    request_id = str(uuid.uuid4())
    headers = {"apim-request-id": request_id, "x-request-id": request_id, "x-ms-region": "Emulator"}
    client_id = request.headers.get("x-ms-client-request-id") if request else None
    if client_id:
        headers["x-ms-client-request-id"] = client_id
    return headers


def error(
    status_code: int, code: str | None, message: str, headers: dict[str, str] | None = None, /, **extra: Any
) -> Response:
    """An Azure-style error answer: ``{"error": {"code", "message", ...extra}}``."""
    body = {"error": {"code": code, "message": message, **extra}}
    return JSONResponse(body, status_code, headers={**_headers(), **(headers or {})})


def _status_fault(fault: Fault, operation_id: str, api_version: str) -> Response:
    status = fault.status or 500
    if status == 429:
        delay_ms = fault.integer("retry-after-ms", 1000)
        headers = {"retry-after-ms": str(delay_ms)}
        if fault.params.get("retry-after", "").lower() != "none":
            headers["retry-after"] = fault.params.get("retry-after") or str(max(1, -(-delay_ms // 1000)))
        message = (
            f"Requests to the {operation_id} Operation under Azure OpenAI API version {api_version} have exceeded "
            f"call rate limit of your current OpenAI S0 pricing tier. Please retry after {max(1, delay_ms // 1000)} "
            "second. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the "
            "default rate limit."
        )
        return error(429, "429", message, headers)
    code, message = _STATUS_ERRORS.get(status, (str(status), HTTPStatus(status).phrase))
    return error(status, code, message)


def _content_filter_error(operation: str, category: str, severity: str, prompt: str) -> Response:
    """The 400 Azure answers when the prompt trips its content filter (shape of the recordings)."""
    results = _content.filter_results(category, severity)
    if operation == _IMAGES:
        inner = {"code": "ResponsibleAIPolicyViolation", "content_filter_results": results, "revised_prompt": prompt}
        message = "Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system."
        return error(400, "content_policy_violation", message, inner_error=inner, type="invalid_request_error")
    message = (
        "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. "
        "Please modify your prompt and retry. To learn more about our content filtering policies please read our "
        "documentation: https://go.microsoft.com/fwlink/?linkid=2198766"
    )
    inner = {"code": "ResponsibleAIPolicyViolation", "content_filter_result": results}
    return error(400, "content_filter", message, type=None, param="prompt", status=400, innererror=inner)


class _Handler:
    """Everything one request needs; ``answer`` runs the pipeline described in the module docstring."""

    def __init__(self, app: Emulation, request: Request, route: str, deployment: str | None) -> None:
        self.app, self.request, self.deployment = app, request, deployment
        self.op = ROUTES.get(route)  # None: not a deployment operation of the table
        self.operation = self.op.name if self.op else ""
        self.openai = deployment is None
        self.faults: list[Fault] = []
        self.upload: tuple[str, bytes] | None = None  # (filename, content) of a multipart file

    async def answer(self) -> Response:
        try:
            raw = await self.request.body()
        except ClientDisconnect:
            return Response(status_code=499)  # nobody is listening any more
        try:
            self._check_route()
            self._check_auth()
            self._pick_faults()
            delay = max((f.number("delay", 2.0) for f in self.faults if f.kind == "slow"), default=0.0)
            if delay:
                await asyncio.sleep(delay)
            for fault in self.faults:
                if fault.status:
                    return _status_fault(fault, self._operation_id(), self._api_version())
            body, media_type = self._body(raw)
            violation = self.app.spec.validate(self.operation, media_type, body)
            if violation:
                where = f" at '{violation.field}'" if violation.field else ""
                message = f"The request body does not conform to the API spec{where}: {violation.message}"
                return error(400, "BadRequest", message, param=violation.field or None, type="invalid_request_error")
            if self.openai:
                if not body.get("model"):
                    return error(
                        400, None, "you must provide a model parameter", param=None, type="invalid_request_error"
                    )
                self.deployment = str(body["model"])
            self._check_content_filter(body)
            return self._respond(body)
        except _Refusal as refusal:
            return refusal.response

    # -- checks ------------------------------------------------------------------------------------

    def _api_version(self) -> str:
        return self.request.query_params.get("api-version") or self.app.spec.api_version

    def _operation_id(self) -> str:
        return str(self.app.spec.document["paths"][wire_path(self.op)]["post"]["operationId"]) if self.op else ""

    def _check_route(self) -> None:
        if self.op is None or wire_path(self.op) not in self.app.spec.document["paths"]:
            raise _Refusal(error(404, "404", "Resource not found"))  # not an operation of the spec served
        if self.openai:
            return
        version = self.request.query_params.get("api-version")
        if not version:
            message = "The api-version query parameter (?api-version=) is required for all requests."
            raise _Refusal(error(400, "MissingApiVersionParameter", message))
        if not _API_VERSION.match(version):
            message = f"The HTTP resource that matches the request URI does not support the API version '{version}'."
            raise _Refusal(error(400, "InvalidApiVersionParameter", message))

    def _check_auth(self) -> None:
        settings = self.app.settings
        key = self.request.headers.get("api-key", "")
        authorization = self.request.headers.get("authorization", "")
        scheme, _, token = authorization.partition(" ")
        bearer = token.strip() if scheme.lower() == "bearer" else ""
        if self.openai:
            if bearer and (settings.api_key is None or bearer == settings.api_key):
                return
            message = "You didn't provide an API key." if not bearer else "Incorrect API key provided."
            raise _Refusal(error(401, "invalid_api_key", message, param=None, type="invalid_request_error"))
        if key and (settings.api_key is None or key == settings.api_key):
            return
        if not key and bearer and (settings.bearer_token is None or bearer == settings.bearer_token):
            return
        raise _Refusal(error(401, "401", _AZURE_KEY_MESSAGE if key or not bearer else _AZURE_TOKEN_MESSAGE))

    def _pick_faults(self) -> None:
        text = self.request.headers.get(FAULT_HEADER) or self.app.settings.fault
        if not text:
            return
        try:
            faults = [parse_fault(part) for part in text.split(",") if part.strip()]
        except FaultSyntaxError as exc:
            raise _Refusal(error(400, "InvalidFault", f"{FAULT_HEADER}: {exc}")) from None
        request_id = self.request.headers.get("x-ms-client-request-id", "")
        self.faults = [fault for fault in faults if self.app.fault_counter.applies(fault, request_id)]

    def _fault(self, kind: str) -> Fault | None:
        return next((fault for fault in self.faults if fault.kind == kind), None)

    def _check_content_filter(self, body: JSON) -> None:
        fault = self._fault("content_filter")
        if self.operation not in (_CHAT, _COMPLETIONS, _IMAGES) and not fault:
            return
        if self.operation == _CHAT:
            texts = [_content.message_text(m.get("content")) for m in body.get("messages", [])]
        else:
            prompt = body.get("prompt")
            texts = [prompt] if isinstance(prompt, str) else [str(p) for p in prompt or []]
        hit = _content.filtered_category(texts)
        if fault:
            hit = (fault.params.get("category", "violence"), fault.params.get("severity", "medium"))
        if hit:
            raise _Refusal(_content_filter_error(self.operation, hit[0], hit[1], " ".join(texts)))

    # -- bodies ------------------------------------------------------------------------------------

    def _body(self, raw: bytes) -> tuple[JSON, str]:
        content_type = self.request.headers.get("content-type", "")
        media_type = content_type.split(";")[0].strip().lower()
        if self.op and self.op.content_type == "multipart/form-data":  # speech takes JSON (generator/corrections.py)
            if media_type != "multipart/form-data":
                raise _Refusal(
                    error(415, "UnsupportedMediaType", f"Expected multipart/form-data, got '{content_type}'.")
                )
            return self._form(content_type, raw), "multipart/form-data"
        if media_type != "application/json":
            raise _Refusal(error(415, "UnsupportedMediaType", f"Expected application/json, got '{content_type}'."))
        try:
            body = json.loads(raw)
        except ValueError as exc:
            raise _Refusal(error(400, "BadRequest", f"The request body is not valid JSON: {exc}")) from None
        if not isinstance(body, dict):
            raise _Refusal(error(400, "BadRequest", "The request body must be a JSON object."))
        return body, "application/json"

    def _form(self, content_type: str, raw: bytes) -> JSON:
        """A multipart body as a dict typed per the spec (numbers parsed, array fields as lists);
        the file's content is kept in ``self.upload``."""
        header = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = BytesParser(policy=policy.HTTP).parsebytes(header + raw)
        if not message.is_multipart():
            raise _Refusal(error(400, "BadRequest", "The multipart body could not be parsed."))
        types = self.app.spec.property_types(self.operation, "multipart/form-data")
        fields: dict[str, list[Any]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            data = part.get_payload(decode=True) or b""
            if not isinstance(name, str) or not isinstance(data, bytes):
                continue
            if part.get_filename() is not None or name == "file":
                if len(data) > MAX_AUDIO_BYTES:
                    too_large = f"Maximum content size limit ({MAX_AUDIO_BYTES}) exceeded ({len(data)} bytes read)"
                    raise _Refusal(error(413, "RequestEntityTooLarge", too_large))
                self.upload = (part.get_filename() or "", data)
                fields[name] = [f"<{len(data)} bytes>"]
            else:
                fields.setdefault(name, []).append(_typed(data.decode(errors="replace"), types.get(name)))
        return {name: values if types.get(name) == "array" else values[0] for name, values in fields.items()}

    # -- answers -----------------------------------------------------------------------------------

    def _respond(self, body: JSON) -> Response:
        model = self.deployment or "model"
        if self.operation == _CHAT:
            if body.get("stream"):
                return self._stream(_content.chat_completion_events(body, model))
            return self._json(_content.chat_completion(body, model))
        if self.operation == _COMPLETIONS:
            if body.get("stream"):
                return self._stream(_content.completion_events(body, model))
            return self._json(_content.completion(body, model))
        if self.operation == _EMBEDDINGS:
            return self._json(_content.embeddings(body, model))
        if self.operation == _IMAGES:
            return self._json(self._images(body))
        if self.operation == _SPEECH:
            fmt = body.get("response_format") or "mp3"
            audio = _audio.speech(body["input"], fmt, float(body.get("speed") or 1.0))
            return self._bytes(audio, _audio.CONTENT_TYPES[fmt])
        return self._transcription(body)

    def _images(self, body: JSON) -> JSON:
        width, height = (int(x) for x in (body.get("size") or "1024x1024").split("x"))
        colour = _content.image_colour(body["prompt"])
        png = _image.png(width, height, colour)
        data = []
        for _ in range(body.get("n") or 1):
            item: JSON = {
                "content_filter_results": _content.filter_results(),
                "prompt_filter_results": {
                    **_content.filter_results(),
                    "profanity": {"detected": False, "filtered": False},
                    "jailbreak": {"detected": False, "filtered": False},
                },
                "revised_prompt": f"An emulated image of: {body['prompt']}",
            }
            if body.get("response_format") == "b64_json":
                item["b64_json"] = base64.b64encode(png).decode()
            else:
                name = f"{width}x{height}-{bytes(colour).hex()}.png"
                item["url"] = f"{str(self.request.base_url).rstrip('/')}/emulator/images/{name}"
            data.append(item)
        return {"created": _content.created(_content.digest("images", body)), "data": data}

    def _transcription(self, body: JSON) -> Response:
        filename, data = self.upload or ("", b"")
        text, seconds = _audio.describe_upload(data, filename)
        translate = self.operation == _TRANSLATION
        fmt = body.get("response_format") or "json"
        if fmt == "json":
            return self._json({"text": text})
        if fmt == "text":
            return self._text(text + "\n", "text/plain")
        if fmt in ("srt", "vtt"):
            stamp = "{:02d}:{:02d}:{:02d}" + ("," if fmt == "srt" else ".") + "{:03d}"
            start, end = (
                stamp.format(int(t // 3600), int(t % 3600 // 60), int(t % 60), int(t * 1000 % 1000))
                for t in (0, seconds)
            )
            cue = f"{start} --> {end}\n{text}\n\n"
            return self._text(("1\n" + cue) if fmt == "srt" else ("WEBVTT\n\n" + cue), "text/plain")
        words = text.split()
        step = seconds / max(1, len(words))
        verbose: JSON = {
            "task": "translate" if translate else "transcribe",
            "language": "english" if translate else body.get("language") or "english",
            "duration": seconds,
            "text": text,
            "segments": [
                {
                    "id": 0,
                    "seek": 0,
                    "start": 0.0,
                    "end": seconds,
                    "text": " " + text,
                    "tokens": [50364 + i for i in range(len(words))],
                    "temperature": float(body.get("temperature") or 0.0),
                    "avg_logprob": -0.25,
                    "compression_ratio": 0.9,
                    "no_speech_prob": 0.01,
                }
            ],
        }
        if "word" in (body.get("timestamp_granularities[]") or []):
            verbose["words"] = [
                {"word": w, "start": round(i * step, 2), "end": round((i + 1) * step, 2)} for i, w in enumerate(words)
            ]
        return self._json(verbose)

    # -- responses, with the body faults -----------------------------------------------------------

    def _ok_headers(self) -> dict[str, str]:
        return {
            **_headers(self.request),
            "x-ratelimit-remaining-requests": "99",
            "x-ratelimit-remaining-tokens": "99000",
        }

    def _json(self, payload: JSON) -> Response:
        return self._bytes(json.dumps(payload, ensure_ascii=False).encode(), "application/json")

    def _text(self, text: str, media_type: str) -> Response:
        return self._bytes(text.encode(), f"{media_type}; charset=utf-8")

    def _bytes(self, data: bytes, media_type: str) -> Response:
        if not self._fault("drop"):
            return Response(data, headers=self._ok_headers(), media_type=media_type)

        async def half() -> AsyncIterator[bytes]:
            yield data[: len(data) // 2]
            raise DropConnection

        headers = {**self._ok_headers(), "content-length": str(len(data))}
        return StreamingResponse(half(), headers=headers, media_type=media_type)

    def _stream(self, events: Iterator[JSON]) -> Response:
        drop, stream_error, chunk_delay = self._fault("drop"), self._fault("stream-error"), 0.0
        no_done = self._fault("no-done") is not None
        slow = self._fault("slow")
        if slow:
            chunk_delay = slow.number("chunk-delay", 0.0)

        def lines() -> Iterable[bytes | None]:
            for count, event in enumerate(events):
                if drop and count >= drop.integer("after", 2):
                    yield None
                    return
                if stream_error and count >= stream_error.integer("after", 2):
                    payload = {
                        "error": {
                            "code": "InternalServerError",
                            "message": "The emulator was asked to fail this stream.",
                        }
                    }
                    yield _sse(payload)
                    return
                yield _sse(event)
            if not no_done:
                yield b"data: [DONE]\n\n"

        async def body() -> AsyncIterator[bytes]:
            for line in lines():
                if line is None:
                    raise DropConnection
                yield line
                if chunk_delay:
                    await asyncio.sleep(chunk_delay)

        headers = {**self._ok_headers(), "cache-control": "no-cache"}
        return StreamingResponse(body(), headers=headers, media_type="text/event-stream")


def _sse(event: JSON) -> bytes:
    return b"data: " + json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode() + b"\n\n"


def _typed(value: str, kind: str | None) -> Any:
    """A form field's text as the type the spec declares (left as text when it does not parse)."""
    try:
        if kind == "number":
            return float(value)
        if kind == "integer":
            return int(value)
    except ValueError:
        return value
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


class Emulation:
    """The emulator's state: settings, the loaded spec, fault counts; ``app`` is the ASGI app."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.spec = Spec(self.settings.spec_path)
        self.fault_counter = FaultCounter()
        self.assistants = _store.Store()
        assistants = [
            Route(f"{prefix}/{family}{{rest:path}}", endpoint, methods=["GET", "POST", "DELETE"])
            for family in ("assistants", "threads", "vector_stores")
            for prefix, endpoint in (("/openai", self._assistants_azure), ("/v1", self._assistants_openai))
        ]
        self.app = Starlette(
            routes=[
                Route("/", self._about, methods=["GET"]),
                *assistants,
                Route("/openai/deployments/{deployment}/{operation:path}", self._azure, methods=["POST"]),
                Route("/v1/{operation:path}", self._openai, methods=["POST"]),
                Route("/emulator/images/{name}", self._image, methods=["GET", "HEAD"]),
            ],
            exception_handlers={HTTPException: self._http_error},
        )

    async def _about(self, request: Request) -> Response:
        about = {
            "name": "azopenai emulator",
            "api_version": self.spec.api_version,
            "spec": str(self.spec.path),
            "operations": list(ROUTES),
        }
        return JSONResponse(about)

    async def _azure(self, request: Request) -> Response:
        handler = _Handler(self, request, request.path_params["operation"], request.path_params["deployment"])
        return await handler.answer()

    async def _openai(self, request: Request) -> Response:
        return await _Handler(self, request, request.path_params["operation"], None).answer()

    async def _assistants_azure(self, request: Request) -> Response:
        return await _assistants.serve(self, request, openai=False)

    async def _assistants_openai(self, request: Request) -> Response:
        return await _assistants.serve(self, request, openai=True)

    async def _image(self, request: Request) -> Response:
        match = re.fullmatch(r"(\d{2,4})x(\d{2,4})-([0-9a-f]{6})\.png", request.path_params["name"])
        if not match:
            return error(404, "404", "Resource not found")
        width, height, colour = int(match[1]), int(match[2]), bytes.fromhex(match[3])
        return Response(_image.png(width, height, (colour[0], colour[1], colour[2])), media_type="image/png")

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return error(status, str(status), "Resource not found" if status == 404 else HTTPStatus(status).phrase)


def create_app(settings: Settings | None = None) -> Starlette:
    """The emulator as an ASGI app (loads the spec now: raises ``SpecNotFoundError`` if missing)."""
    return Emulation(settings).app
