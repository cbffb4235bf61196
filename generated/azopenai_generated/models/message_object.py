from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_object_object import MessageObjectObject
from ..models.message_object_role import MessageObjectRole
from ..models.message_object_status import MessageObjectStatus
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_text_object import MessageContentTextObject
    from ..models.message_object_attachments_item import MessageObjectAttachmentsItem
    from ..models.message_object_incomplete_details import MessageObjectIncompleteDetails
    from ..models.message_object_metadata import MessageObjectMetadata
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="MessageObject")


@_attrs_define
class MessageObject:
    """Represents a message within a [thread](/docs/api-reference/threads)."""

    content: list[MessageContentImageFileObject | MessageContentTextObject | UnknownTypeVariant]
    """ The content of the message in array of text and/or images. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the message was created. """
    id: str
    """ The identifier, which can be referenced in API endpoints. """
    object_: MessageObjectObject
    """ The object type, which is always `thread.message`. """
    role: MessageObjectRole
    """ The entity that produced the message. One of `user` or `assistant`. """
    thread_id: str
    """ The [thread](/docs/api-reference/threads) ID that this message belongs to. """
    assistant_id: None | str = None
    """ If applicable, the ID of the assistant that authored this message. """
    attachments: list[MessageObjectAttachmentsItem] | None = None
    """ A list of files attached to the message, and the tools they were added to. """
    completed_at: int | None = None
    """ The Unix timestamp (in seconds) for when the message was completed. """
    incomplete_at: int | None = None
    """ The Unix timestamp (in seconds) for when the message was marked as incomplete. """
    incomplete_details: MessageObjectIncompleteDetails | None = None
    """ On an incomplete message, details about why the message is incomplete. """
    metadata: MessageObjectMetadata | None = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    run_id: None | str = None
    """ If applicable, the ID of the [run](/docs/api-reference/runs) associated with the authoring of this message.
    """
    status: MessageObjectStatus | None = None
    """ The status of the message, which can be either `in_progress`, `incomplete`, or `completed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, MessageContentImageFileObject):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, MessageContentTextObject):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        created_at = self.created_at

        id = self.id

        object_ = self.object_

        role = self.role

        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "created_at": created_at,
                "id": id,
                "object": object_,
                "role": role,
                "thread_id": thread_id,
            }
        )
        if self.assistant_id is not None:
            assistant_id: None | str
            assistant_id = self.assistant_id
            field_dict["assistant_id"] = assistant_id
        if self.attachments is not None:
            attachments: list[dict[str, Any]] | None
            if isinstance(self.attachments, list):
                attachments = []
                for attachments_type_0_item_data in self.attachments:
                    attachments_type_0_item = attachments_type_0_item_data.to_dict()
                    attachments.append(attachments_type_0_item)

            else:
                attachments = self.attachments
            field_dict["attachments"] = attachments
        if self.completed_at is not None:
            completed_at: int | None
            completed_at = self.completed_at
            field_dict["completed_at"] = completed_at
        if self.incomplete_at is not None:
            incomplete_at: int | None
            incomplete_at = self.incomplete_at
            field_dict["incomplete_at"] = incomplete_at
        if self.incomplete_details is not None:
            incomplete_details: dict[str, Any] | None
            if isinstance(self.incomplete_details, MessageObjectIncompleteDetails):
                incomplete_details = self.incomplete_details.to_dict()
            else:
                incomplete_details = self.incomplete_details
            field_dict["incomplete_details"] = incomplete_details
        if self.metadata is not None:
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, MessageObjectMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
        if self.run_id is not None:
            run_id: None | str
            run_id = self.run_id
            field_dict["run_id"] = run_id
        if self.status is not None:
            status = self.status
            field_dict["status"] = status
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
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            _content_item_data = content_item_data
            if not isinstance(_content_item_data, dict):
                raise TypeError(f"content_item: expected an object, got {type(_content_item_data).__name__}")
            elif _content_item_data.get("type") == "image_file":
                content_item = MessageContentImageFileObject.from_dict(_content_item_data)
            elif _content_item_data.get("type") == "text":
                content_item = MessageContentTextObject.from_dict(_content_item_data)
            else:
                content_item = UnknownTypeVariant.from_dict(_content_item_data)

            content.append(content_item)

        created_at = d.pop("created_at")

        id = d.pop("id")

        object_ = MessageObjectObject._value2member_map_.get(_object__value := d.pop("object")) or MessageObjectObject(
            _object__value
        )

        role = MessageObjectRole._value2member_map_.get(_role_value := d.pop("role")) or MessageObjectRole(_role_value)

        thread_id = d.pop("thread_id")

        _assistant_id = d.pop("assistant_id", UNSET)
        assistant_id: None | str
        if _assistant_id is UNSET:
            assistant_id = None
        elif _assistant_id is None:
            assistant_id = None
            nulls += ("assistant_id",)
        else:
            _assistant_id_data = _assistant_id
            assistant_id = _assistant_id_data

        _attachments = d.pop("attachments", UNSET)
        attachments: list[MessageObjectAttachmentsItem] | None
        if _attachments is UNSET:
            attachments = None
        elif _attachments is None:
            attachments = None
            nulls += ("attachments",)
        else:
            _attachments_data = _attachments
            attachments_type_0 = []
            _attachments_type_0 = _attachments_data
            for attachments_type_0_item_data in _attachments_type_0:
                attachments_type_0_item = MessageObjectAttachmentsItem.from_dict(attachments_type_0_item_data)

                attachments_type_0.append(attachments_type_0_item)

            attachments = attachments_type_0

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: int | None
        if _completed_at is UNSET:
            completed_at = None
        elif _completed_at is None:
            completed_at = None
            nulls += ("completed_at",)
        else:
            _completed_at_data = _completed_at
            completed_at = _completed_at_data

        _incomplete_at = d.pop("incomplete_at", UNSET)
        incomplete_at: int | None
        if _incomplete_at is UNSET:
            incomplete_at = None
        elif _incomplete_at is None:
            incomplete_at = None
            nulls += ("incomplete_at",)
        else:
            _incomplete_at_data = _incomplete_at
            incomplete_at = _incomplete_at_data

        _incomplete_details = d.pop("incomplete_details", UNSET)
        incomplete_details: MessageObjectIncompleteDetails | None
        if _incomplete_details is UNSET:
            incomplete_details = None
        elif _incomplete_details is None:
            incomplete_details = None
            nulls += ("incomplete_details",)
        else:
            _incomplete_details_data = _incomplete_details
            incomplete_details_type_0 = MessageObjectIncompleteDetails.from_dict(_incomplete_details_data)

            incomplete_details = incomplete_details_type_0

        _metadata = d.pop("metadata", UNSET)
        metadata: MessageObjectMetadata | None
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = MessageObjectMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _run_id = d.pop("run_id", UNSET)
        run_id: None | str
        if _run_id is UNSET:
            run_id = None
        elif _run_id is None:
            run_id = None
            nulls += ("run_id",)
        else:
            _run_id_data = _run_id
            run_id = _run_id_data

        _status = d.pop("status", UNSET)
        status: MessageObjectStatus | None
        if _status is UNSET:
            status = None
        elif _status is None:
            status = None
            nulls += ("status",)
        else:
            status = MessageObjectStatus._value2member_map_.get(_status_value := _status) or MessageObjectStatus(
                _status_value
            )

        message_object = cls(
            content=content,
            created_at=created_at,
            id=id,
            object_=object_,
            role=role,
            thread_id=thread_id,
            assistant_id=assistant_id,
            attachments=attachments,
            completed_at=completed_at,
            incomplete_at=incomplete_at,
            incomplete_details=incomplete_details,
            metadata=metadata,
            run_id=run_id,
            status=status,
        )
        if nulls:
            message_object._nulls = nulls

        message_object.additional_properties = d
        return message_object

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


from ..models.message_content_image_file_object import MessageContentImageFileObject  # noqa: E402
from ..models.message_content_text_object import MessageContentTextObject  # noqa: E402
from ..models.message_object_attachments_item import MessageObjectAttachmentsItem  # noqa: E402
from ..models.message_object_incomplete_details import MessageObjectIncompleteDetails  # noqa: E402
from ..models.message_object_metadata import MessageObjectMetadata  # noqa: E402
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
