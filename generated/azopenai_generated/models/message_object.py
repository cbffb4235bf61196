from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_object_object import MessageObjectObject
from ..models.message_object_role import MessageObjectRole
from ..models.message_object_status import MessageObjectStatus
from ..types import UNSET, Unset

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
    assistant_id: None | str | Unset = UNSET
    """ If applicable, the ID of the assistant that authored this message. """
    attachments: list[MessageObjectAttachmentsItem] | None | Unset = UNSET
    """ A list of files attached to the message, and the tools they were added to. """
    completed_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the message was completed. """
    incomplete_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the message was marked as incomplete. """
    incomplete_details: MessageObjectIncompleteDetails | None | Unset = UNSET
    """ On an incomplete message, details about why the message is incomplete. """
    metadata: MessageObjectMetadata | None | Unset = UNSET
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    run_id: None | str | Unset = UNSET
    """ If applicable, the ID of the [run](/docs/api-reference/runs) associated with the authoring of this message.
    """
    status: MessageObjectStatus | Unset = UNSET
    """ The status of the message, which can be either `in_progress`, `incomplete`, or `completed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        assistant_id: None | str | Unset
        if isinstance(self.assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = self.assistant_id

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        incomplete_at: int | None | Unset
        if isinstance(self.incomplete_at, Unset):
            incomplete_at = UNSET
        else:
            incomplete_at = self.incomplete_at

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, MessageObjectIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MessageObjectMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

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
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if incomplete_at is not UNSET:
            field_dict["incomplete_at"] = incomplete_at
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            _content_item_data = content_item_data
            content_item: MessageContentImageFileObject | MessageContentTextObject | UnknownTypeVariant
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

        _assistant_id_data = d.pop("assistant_id", UNSET)
        assistant_id: None | str | Unset
        if _assistant_id_data is None or isinstance(_assistant_id_data, Unset):
            assistant_id = _assistant_id_data
        else:
            assistant_id = _assistant_id_data

        _attachments_data = d.pop("attachments", UNSET)
        attachments: list[MessageObjectAttachmentsItem] | None | Unset
        if _attachments_data is None or isinstance(_attachments_data, Unset):
            attachments = _attachments_data
        else:
            attachments_type_0 = []
            _attachments_type_0 = _attachments_data
            for attachments_type_0_item_data in _attachments_type_0:
                attachments_type_0_item = MessageObjectAttachmentsItem.from_dict(attachments_type_0_item_data)

                attachments_type_0.append(attachments_type_0_item)

            attachments = attachments_type_0

        _completed_at_data = d.pop("completed_at", UNSET)
        completed_at: int | None | Unset
        if _completed_at_data is None or isinstance(_completed_at_data, Unset):
            completed_at = _completed_at_data
        else:
            completed_at = _completed_at_data

        _incomplete_at_data = d.pop("incomplete_at", UNSET)
        incomplete_at: int | None | Unset
        if _incomplete_at_data is None or isinstance(_incomplete_at_data, Unset):
            incomplete_at = _incomplete_at_data
        else:
            incomplete_at = _incomplete_at_data

        _incomplete_details_data = d.pop("incomplete_details", UNSET)
        incomplete_details: MessageObjectIncompleteDetails | None | Unset
        if _incomplete_details_data is None or isinstance(_incomplete_details_data, Unset):
            incomplete_details = _incomplete_details_data
        else:
            incomplete_details_type_0 = MessageObjectIncompleteDetails.from_dict(_incomplete_details_data)

            incomplete_details = incomplete_details_type_0

        _metadata_data = d.pop("metadata", UNSET)
        metadata: MessageObjectMetadata | None | Unset
        if _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            metadata_type_0 = MessageObjectMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _run_id_data = d.pop("run_id", UNSET)
        run_id: None | str | Unset
        if _run_id_data is None or isinstance(_run_id_data, Unset):
            run_id = _run_id_data
        else:
            run_id = _run_id_data

        _status = d.pop("status", UNSET)
        status: MessageObjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
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
