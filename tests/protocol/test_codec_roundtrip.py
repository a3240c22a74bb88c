"""The generated codec: every (API, version, direction) in APIS round-trips through streamd's
codec and matches two independent codecs byte for byte (kafka-python 3.0.12 and kio 0.6.5, see
oracles.py); malformed input raises only DecodeError; and the wire rules of PROTOCOL.md §3
(tagged fields at their defaults, nullable structs, zero-copy records, classic client_id in
the v2 request header) hold exactly.

Oracle exclusions, each limited to the case it names:
* unknown tagged fields: kafka-python drops them when it encodes again (and some of its
  tagged-struct decoders assert on them); kio 0.6.5 raises KeyError on any unknown tag
  (PROTOCOL.md §4). Values holding unknown tags are checked by the round trip alone.
* ApiVersionsResponse with a non-zero error code: kafka-python decodes it as v0 whatever the
  version asked for (its KIP-511 fallback), so it cannot decode a v1+ error body.
* kio models error codes as an enum and ``*Ms`` fields as int32 timedeltas, so the kio test
  draws known error codes and int32 milliseconds ("realistic" values); the kafka-python test
  draws any value the wire type allows.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streamd.protocol._generated import APIS, MESSAGES, ApiKey, ErrorCode, MessageSpec
from streamd.protocol.primitives import DecodeError, EncodeError, UnsupportedVersionError
from tests.protocol import oracles
from tests.protocol.schema_strategies import instance, normalise

# kafka-python 3.0.12 loads its schemas through deprecated importlib.resources calls.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

_EXTRA = ("RequestHeader", "ResponseHeader", "ConsumerProtocolSubscription", "ConsumerProtocolAssignment")
CASES: list[tuple[MessageSpec, int]] = [
    (message, version)
    for spec in APIS.values()
    for message in (spec.request, spec.response)
    for version in range(spec.min_version, spec.stable_max_version + 1)
] + [(MESSAGES[name], version) for name in _EXTRA
     for version in range(MESSAGES[name].min_version, MESSAGES[name].max_version + 1)]
IDS = [f"{m.name}-v{v}" for m, v in CASES]
REQUESTS = [(m, v) for m, v in CASES if not m.name.endswith("Response")]
REQUEST_IDS = [f"{m.name}-v{v}" for m, v in REQUESTS]

FAST = settings(deadline=None, suppress_health_check=list(HealthCheck), database=None)


def encode(spec: MessageSpec, obj: Any, version: int) -> bytes:
    return b"".join(bytes(chunk) for chunk in spec.write(obj, version))


@pytest.mark.parametrize(("spec", "version"), CASES, ids=IDS)
@settings(FAST, max_examples=8)
@given(data=st.data())
def test_round_trip_and_kafka_python(spec: MessageSpec, version: int, data: st.DataObject) -> None:
    obj = data.draw(instance(spec.name, version, unknown_tags=data.draw(st.booleans(), label="unknown_tags")))
    raw = encode(spec, obj, version)
    decoded, end = spec.read(memoryview(raw), 0, version)
    assert end == len(raw)
    assert normalise(decoded) == normalise(obj)
    assert encode(spec, decoded, version) == raw

    if oracles.has_unknown_tags(obj):
        return  # kafka-python drops unknown tags (module docstring)
    if spec.name == "ApiVersionsResponse" and obj.error_code != 0 and version > 0:
        return  # kafka-python decodes ApiVersions error bodies as v0 (module docstring)
    if spec.name not in oracles.kafka_python_classes():
        return  # KIP-848 messages kafka-python 3.0.12 lacks; test_kio checks those against kio
    theirs = oracles.kafka_python_decode(spec.name, raw, version)
    assert oracles.kafka_python_differences(spec.name, decoded, theirs, version) == []
    assert oracles.kafka_python_encode(spec.name, theirs, version) == raw


@pytest.mark.parametrize(("spec", "version"), CASES, ids=IDS)
@settings(FAST, max_examples=4)
@given(data=st.data())
def test_kio(spec: MessageSpec, version: int, data: st.DataObject) -> None:
    cls = oracles.kio_class(spec.name, version)
    assert cls is not None, f"kio 0.6.5 has every message and version; missing {spec.name} v{version}"
    obj = data.draw(instance(spec.name, version, realistic=True, unknown_tags=False))
    raw = encode(spec, obj, version)
    theirs, end = oracles.kio_reencode(cls, raw)
    assert end == len(raw)
    assert theirs == raw


# -- malformed input ------------------------------------------------------------------------------
@pytest.mark.parametrize(("spec", "version"), REQUESTS, ids=REQUEST_IDS)
@settings(FAST, max_examples=12)
@given(raw=st.binary(max_size=48), offset=st.integers(0, 3))
def test_garbage_raises_only_decode_error(spec: MessageSpec, version: int, raw: bytes, offset: int) -> None:
    try:
        _, end = spec.read(memoryview(raw), min(offset, len(raw)), version)
    except DecodeError:
        return
    assert end <= len(raw)


@pytest.mark.parametrize(("spec", "version"), REQUESTS, ids=REQUEST_IDS)
@settings(FAST, max_examples=4)
@given(data=st.data())
def test_truncated_or_corrupted_requests(spec: MessageSpec, version: int, data: st.DataObject) -> None:
    raw = encode(spec, data.draw(instance(spec.name, version)), version)
    if raw:
        cut = data.draw(st.integers(0, len(raw) - 1))
        with pytest.raises(DecodeError):
            spec.read(memoryview(raw[:cut]), 0, version)
        flipped = bytearray(raw)
        at = data.draw(st.integers(0, len(raw) - 1))
        flipped[at] ^= data.draw(st.integers(1, 255))
        try:
            spec.read(memoryview(bytes(flipped)), 0, version)
        except DecodeError:
            pass


def test_bogus_counts_do_not_allocate() -> None:
    from streamd.protocol._generated import metadata_request as mr

    # v12 (flexible): topics count uvarint 0xffffffff - 1; v4 (classic): int32 2**31 - 1.
    for version, raw in ((12, b"\xff\xff\xff\xff\x0f"), (4, b"\x7f\xff\xff\xff")):
        with pytest.raises(DecodeError, match="count exceeds"):
            mr.read(memoryview(raw), 0, version)
    with pytest.raises(DecodeError, match="varint longer"):
        mr.read(memoryview(b"\xff" * 8), 0, 12)


def test_versions_outside_the_range() -> None:
    from streamd.protocol._generated import metadata_request as mr

    for version in (-1, 14, 99):
        with pytest.raises(UnsupportedVersionError):
            mr.read(memoryview(b""), 0, version)
        with pytest.raises(UnsupportedVersionError):
            mr.write(mr.MetadataRequest(), version)
    assert issubclass(UnsupportedVersionError, ValueError) and issubclass(DecodeError, ValueError)


def test_unencodable_values_raise_encode_error() -> None:
    from streamd.protocol._generated import metadata_response as m

    with pytest.raises(EncodeError):
        m.write(m.MetadataResponse(throttle_time_ms=2**31), 12)
    with pytest.raises(EncodeError):
        m.write(m.MetadataResponse(brokers=[m.MetadataResponseBroker(host=None)]), 12)  # type: ignore[arg-type]


# -- wire rules (PROTOCOL.md §3) -----------------------------------------------------------------
def test_api_versions_v3_default_tags_are_one_zero_byte_per_struct() -> None:
    from streamd.protocol._generated import api_versions_response as avr

    response = avr.ApiVersionsResponse(api_keys=[
        avr.ApiVersion(api_key=ApiKey.PRODUCE, min_version=0, max_version=11),
        avr.ApiVersion(api_key=ApiKey.API_VERSIONS, min_version=0, max_version=4),
    ])
    for version in (3, 4):
        assert encode(MESSAGES["ApiVersionsResponse"], response, version) == (
            b"\x00\x00"  # error_code
            + b"\x03"  # compact array of 2
            + b"\x00\x00" + b"\x00\x00" + b"\x00\x0b" + b"\x00"  # ApiVersion, empty tag section
            + b"\x00\x12" + b"\x00\x00" + b"\x00\x04" + b"\x00"
            + b"\x00\x00\x00\x00"  # throttle_time_ms
            + b"\x00"  # top-level tag section: the four tagged fields are at their defaults
        )


def test_tagged_fields_written_when_not_default_merged_with_unknown_in_tag_order() -> None:
    from streamd.protocol._generated import api_versions_response as avr

    response = avr.ApiVersionsResponse(finalized_features_epoch=7, zk_migration_ready=True,
                                       unknown_tags={9: b"\xaa", 2: b"dropped", 5: b""})
    raw = encode(MESSAGES["ApiVersionsResponse"], response, 3)
    # Tag 2 is a known field (FinalizedFeatures), empty, so not written: the field decides, the
    # unknown entry with its number is dropped. Then tags 1, 3, 5, 9 in ascending order.
    assert raw.endswith(
        b"\x04"
        + b"\x01\x08" + (7).to_bytes(8, "big")
        + b"\x03\x01\x01"
        + b"\x05\x00"
        + b"\x09\x01\xaa"
    )
    decoded, _ = avr.read(memoryview(raw), 0, 3)
    assert decoded.finalized_features_epoch == 7 and decoded.zk_migration_ready is True
    assert decoded.unknown_tags == {5: b"", 9: b"\xaa"}


def test_unknown_tags_survive_a_round_trip_at_every_depth() -> None:
    from streamd.protocol._generated import metadata_response as m

    obj = m.MetadataResponse(
        topics=[m.MetadataResponseTopic(name="t", partitions=[m.MetadataResponsePartition(unknown_tags={3: b"p"})],
                                        unknown_tags={0: b"t"})],
        unknown_tags={1: b"top", 0: b"zero"},
    )
    decoded, _ = m.read(memoryview(encode(MESSAGES["MetadataResponse"], obj, 12)), 0, 12)
    assert decoded == obj
    assert decoded.unknown_tags == {0: b"zero", 1: b"top"}


def test_tagged_struct_written_only_when_not_default() -> None:
    from streamd.protocol._generated import fetch_response as fr

    def fetch(partition: fr.PartitionData) -> bytes:
        response = fr.FetchResponse(responses=[fr.FetchableTopicResponse(partitions=[partition])])
        return encode(MESSAGES["FetchResponse"], response, 12)

    plain = fetch(fr.PartitionData(current_leader=fr.LeaderIdAndEpoch()))
    assert plain.endswith(b"\x00" + b"\x00\x00\x00")  # null records; partition, topic, top tags
    leader = fetch(fr.PartitionData(current_leader=fr.LeaderIdAndEpoch(leader_id=2, leader_epoch=9)))
    assert leader == plain[:-3] + b"\x01" + b"\x01\x09" + b"\x00\x00\x00\x02\x00\x00\x00\x09\x00" + b"\x00\x00"


def test_nullable_struct_marker() -> None:
    from streamd.protocol._generated import describe_topic_partitions_request as dtp

    spec = MESSAGES["DescribeTopicPartitionsRequest"]
    none = encode(spec, dtp.DescribeTopicPartitionsRequest(response_partition_limit=5), 0)
    assert none == b"\x01" + b"\x00\x00\x00\x05" + b"\xff" + b"\x00"
    cursor = dtp.Cursor(topic_name="a", partition_index=3)
    some = encode(spec, dtp.DescribeTopicPartitionsRequest(response_partition_limit=5, cursor=cursor), 0)
    assert some == b"\x01" + b"\x00\x00\x00\x05" + b"\x01" + b"\x02a" + b"\x00\x00\x00\x03\x00" + b"\x00"
    assert dtp.read(memoryview(some), 0, 0)[0].cursor == cursor
    assert dtp.read(memoryview(none), 0, 0)[0].cursor is None


def test_request_header_v2_keeps_a_classic_client_id() -> None:
    from streamd.protocol._generated import request_header as rh

    header = rh.RequestHeader(request_api_key=18, request_api_version=3, correlation_id=7, client_id="ab")
    raw = encode(MESSAGES["RequestHeader"], header, 2)
    assert raw == b"\x00\x12\x00\x03\x00\x00\x00\x07" + b"\x00\x02ab" + b"\x00"
    assert encode(MESSAGES["RequestHeader"], rh.RequestHeader(client_id=None), 2)[8:] == b"\xff\xff\x00"


class FileRegion:
    """Stands for an object the server knows how to send (sendfile) without reading it."""

    def __len__(self) -> int:
        return 5


def test_records_are_zero_copy_both_ways() -> None:
    from streamd.protocol._generated import fetch_response as fr
    from streamd.protocol._generated import produce_request as pr

    batch = b"\x00" * 70
    request = pr.ProduceRequest(acks=-1, timeout_ms=1000, topic_data=[
        pr.TopicProduceData(name="t", partition_data=[pr.PartitionProduceData(index=0, records=batch)])])
    chunks = pr.write(request, 9)
    assert any(chunk is batch for chunk in chunks)
    frame = b"".join(bytes(c) for c in chunks)
    view = memoryview(frame)
    decoded, _ = pr.read(view, 0, 9)
    records = decoded.topic_data[0].partition_data[0].records
    assert isinstance(records, memoryview) and records.obj is frame and bytes(records) == batch

    # A view into a larger buffer is not copied either.
    padded = b"\x01\x02\x03" + frame
    decoded, end = pr.read(memoryview(padded)[3:], 0, 9)
    records = decoded.topic_data[0].partition_data[0].records
    assert records.obj is padded and end == len(frame)

    region = FileRegion()
    response = fr.FetchResponse(responses=[fr.FetchableTopicResponse(topic="t", partitions=[
        fr.PartitionData(records=region), fr.PartitionData(records=b""), fr.PartitionData(records=None)])])
    chunks = fr.write(response, 11)
    assert [i for i, chunk in enumerate(chunks) if chunk is region] == [1]
    assert len(chunks) == 3


def test_absent_fields_are_not_written() -> None:
    from streamd.protocol._generated import metadata_response as m

    obj = m.MetadataResponse(error_code=3, cluster_authorized_operations=5)  # v13+, v8-10
    decoded, _ = m.read(memoryview(encode(MESSAGES["MetadataResponse"], obj, 12)), 0, 12)
    assert decoded.error_code == 0 and decoded.cluster_authorized_operations == -2147483648


def test_defaults_and_names() -> None:
    from streamd.protocol._generated import metadata_response as m
    from streamd.protocol._generated import produce_request as pr

    topic = m.MetadataResponseTopic()
    assert topic.topic_id == uuid.UUID(int=0) and topic.partitions == [] and topic.unknown_tags is None
    assert topic.topic_authorized_operations == -2147483648 and topic.name == ""
    assert m.MetadataResponsePartition().leader_epoch == -1 and m.MetadataResponse().cluster_id is None
    assert pr.ProduceRequest().transactional_id is None and pr.PartitionProduceData().records is None
    assert m.MetadataResponse().brokers is not m.MetadataResponse().brokers


# -- registry -----------------------------------------------------------------------------------
def test_registry_shape() -> None:
    expected = {"PRODUCE": 0, "FETCH": 1, "LIST_OFFSETS": 2, "METADATA": 3, "API_VERSIONS": 18, "CREATE_TOPICS": 19,
                "INIT_PRODUCER_ID": 22, "DESCRIBE_CONFIGS": 32, "INCREMENTAL_ALTER_CONFIGS": 44,
                "DESCRIBE_CLUSTER": 60, "OFFSET_FOR_LEADER_EPOCH": 23, "DESCRIBE_TOPIC_PARTITIONS": 75,
                "CONSUMER_GROUP_HEARTBEAT": 68, "CONSUMER_GROUP_DESCRIBE": 69}
    for name, value in expected.items():
        assert ApiKey[name] == value
    assert len(APIS) == 54 and set(APIS) == set(ApiKey)  # 52 from kafka-python + 2 KIP-848 supplements
    produce = APIS[ApiKey.PRODUCE]
    assert (produce.name, produce.request.name, produce.response.name) == ("Produce", "ProduceRequest", "ProduceResponse")
    assert produce.request.cls.__name__ == "ProduceRequest" and produce.flexible_min == 9
    init = APIS[ApiKey.INIT_PRODUCER_ID]
    assert (init.min_version, init.max_version, init.stable_max_version) == (0, 6, 5)
    assert APIS[ApiKey.API_VERSIONS].request.flexible_min == 3
    assert APIS[ApiKey.SASL_HANDSHAKE].flexible_min == 1_000
    for spec in APIS.values():
        assert spec.stable_max_version == spec.max_version or spec.api_key == ApiKey.INIT_PRODUCER_ID
        assert (spec.request.min_version, spec.request.max_version) == (spec.min_version, spec.max_version)


def test_error_codes() -> None:
    assert ErrorCode.NONE == 0 and ErrorCode.UNKNOWN_SERVER_ERROR == -1 and ErrorCode.CORRUPT_MESSAGE == 2
    assert ErrorCode.UNKNOWN_TOPIC_OR_PARTITION == 3 and ErrorCode.NOT_LEADER_OR_FOLLOWER == 6
    assert ErrorCode.UNSUPPORTED_VERSION == 35 and ErrorCode.INVALID_RECORD == 87 and ErrorCode.PRODUCER_FENCED == 90
    assert ErrorCode(10).name == "MESSAGE_TOO_LARGE" and ErrorCode.MESSAGE_SIZE_TOO_LARGE is ErrorCode.MESSAGE_TOO_LARGE
    assert sorted(int(c) for c in ErrorCode) == list(range(-1, 128))


def test_message_modules_are_imported_when_their_codec_is_first_used() -> None:
    # The broker's startup imports the package and builds APIS; all 115 message modules
    # together cost about a fifth of it.
    code = ("import sys, streamd.protocol._generated as g\n"
            "def loaded(): return {m for m in sys.modules if m.endswith(('_request', '_response'))}\n"
            "assert not loaded(), 'eager'\n"
            "spec = g.APIS[g.ApiKey.METADATA]\n"
            "assert spec.max_version >= 12 and not loaded(), 'APIS imported messages'\n"
            "spec.response.write\n"
            "assert loaded() == {'streamd.protocol._generated.metadata_response'}, loaded()\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_generated_classes_behave_as_dataclasses() -> None:
    """__init__, __repr__ and __eq__ are generated (import cost) and must match @dataclass's."""
    import dataclasses

    from tests.protocol.schema_strategies import module_of

    checked = 0
    for spec in MESSAGES.values():
        module = module_of(spec.name)
        for name in module.__all__:
            cls = getattr(module, name)
            if not isinstance(cls, type):
                continue
            fields = dataclasses.fields(cls)
            assert [f.name for f in fields][-1] == "unknown_tags" and cls.__hash__ is None
            twin = dataclasses.make_dataclass(name, [(f.name, f.type, f) for f in fields], slots=True)
            ours, reference = cls(), twin()
            assert repr(ours) == repr(reference)
            for f in fields:
                expected = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
                assert getattr(ours, f.name) == expected, (name, f.name)
            assert ours == cls() and ours != reference and not (ours == reference)
            changed = dataclasses.replace(ours, unknown_tags={1: b""})
            assert changed != ours and changed == cls(unknown_tags={1: b""})
            checked += 1
    assert checked == 281  # every struct of every generated message
