"""Request builders shared by the handler tests."""

from __future__ import annotations

from streamd.protocol._generated import ApiKey
from streamd.protocol._generated import create_topics_request as ctr
from streamd.protocol._generated import fetch_request as fr
from streamd.protocol._generated import list_offsets_request as lor
from streamd.protocol._generated import produce_request as pr
from streamd.records.builder import Record, build_batch
from tests.wire import WireClient


def records(count: int, *, start_ts: int = 1_700_000_000_000, prefix: str = "v") -> list[Record]:
    return [
        Record(key=f"k{i}".encode(), value=f"{prefix}{i}".encode(), headers=[("h", b"x")], timestamp=start_ts + i,
               offset=i)
        for i in range(count)
    ]


async def create_topic(client: WireClient, name: str, partitions: int = 1, configs: dict[str, str] | None = None,
                       version: int = 7) -> ctr.CreatableTopic:
    response = await client.call(ApiKey.CREATE_TOPICS, version, ctr.CreateTopicsRequest(
        topics=[ctr.CreatableTopic(name=name, num_partitions=partitions, replication_factor=1,
                                   configs=[ctr.CreatableTopicConfig(name=k, value=v)
                                            for k, v in (configs or {}).items()])],
        timeout_ms=5000))
    return response.topics[0]


def produce_request(topic: str, batch: bytes, *, partition: int = 0, acks: int = -1,
                    transactional_id: str | None = None) -> pr.ProduceRequest:
    return pr.ProduceRequest(
        acks=acks, timeout_ms=5000, transactional_id=transactional_id,
        topic_data=[pr.TopicProduceData(name=topic, partition_data=[
            pr.PartitionProduceData(index=partition, records=memoryview(batch))])])


async def produce(client: WireClient, topic: str, batch: bytes, *, partition: int = 0, acks: int = -1,
                  version: int = 9, transactional_id: str | None = None) -> object:
    response = await client.call(ApiKey.PRODUCE, version, produce_request(
        topic, batch, partition=partition, acks=acks, transactional_id=transactional_id))
    return response.responses[0].partition_responses[0]


async def produce_records(client: WireClient, topic: str, count: int, **kwargs: object) -> object:
    return await produce(client, topic, build_batch(records(count)), **kwargs)  # type: ignore[arg-type]


def fetch_request(topic: str, offset: int, *, partition: int = 0, max_wait_ms: int = 0, min_bytes: int = 1,
                  max_bytes: int = 50 << 20, partition_max_bytes: int = 1 << 20,
                  isolation_level: int = 0) -> fr.FetchRequest:
    return fr.FetchRequest(
        replica_id=-1, max_wait_ms=max_wait_ms, min_bytes=min_bytes, max_bytes=max_bytes,
        isolation_level=isolation_level, session_id=0, session_epoch=-1,
        topics=[fr.FetchTopic(topic=topic, partitions=[fr.FetchPartition(
            partition=partition, fetch_offset=offset, partition_max_bytes=partition_max_bytes)])])


async def fetch(client: WireClient, topic: str, offset: int, *, version: int = 12, **kwargs: object) -> object:
    response = await client.call(ApiKey.FETCH, version, fetch_request(topic, offset, **kwargs),  # type: ignore[arg-type]
                                 timeout=30)
    return response.responses[0].partitions[0]


async def list_offset(client: WireClient, topic: str, timestamp: int, *, partition: int = 0,
                      version: int = 9) -> object:
    response = await client.call(ApiKey.LIST_OFFSETS, version, lor.ListOffsetsRequest(
        replica_id=-1, isolation_level=0,
        topics=[lor.ListOffsetsTopic(name=topic, partitions=[
            lor.ListOffsetsPartition(partition_index=partition, timestamp=timestamp)])]))
    return response.topics[0].partitions[0]
