"""A consume-transform-produce loop with exactly-once output, run as its own process so that a test
can SIGKILL it: ``python -m compat_tests.transactions.etl_loop --bootstrap B --source S --sink O
--group G --transactional-id T``.

It subscribes to ``--source`` in group ``--group`` (read_committed, static member
``--instance-id`` so a restarted process takes its predecessor's place without waiting for a
session timeout), and for every batch it polls: begins a transaction, writes ``b"t:" + value``
with the same key into the same partition of ``--sink``, adds the batch's next offsets with
send_offsets_to_transaction and commits. init_transactions with the fixed transactional.id
fences a killed predecessor and aborts its open transaction. After every commit it prints one
JSON line ``{"committed": N}`` (records committed by this process). SIGTERM stops it cleanly.
An error exits with status 3 after printing ``{"error": ...}``.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition


def emit(**fields: Any) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--sink", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--instance-id", default="etl-0")
    parser.add_argument("--transactional-id", required=True)
    parser.add_argument("--batch", type=int, default=10)
    args = parser.parse_args()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    producer = Producer({"bootstrap.servers": args.bootstrap, "transactional.id": args.transactional_id,
                         "transaction.timeout.ms": 60_000, "linger.ms": 2})
    producer.init_transactions(30)
    consumer = Consumer({"bootstrap.servers": args.bootstrap, "group.id": args.group,
                         "group.instance.id": args.instance_id, "isolation.level": "read_committed",
                         "enable.auto.commit": False, "auto.offset.reset": "earliest",
                         "session.timeout.ms": 10_000, "fetch.wait.max.ms": 50})
    consumer.subscribe([args.source])
    committed = 0
    try:
        while not stop.is_set():
            messages = consumer.consume(num_messages=args.batch, timeout=0.2)
            if not messages:
                continue
            producer.begin_transaction()
            next_offsets: dict[int, int] = {}
            for message in messages:
                if message.error():
                    raise KafkaException(message.error())
                partition, offset, value = message.partition(), message.offset(), message.value()
                assert partition is not None and offset is not None and value is not None
                producer.produce(args.sink, key=message.key(), value=b"t:" + value, partition=partition)
                next_offsets[partition] = offset + 1
            positions = [TopicPartition(args.source, p, o) for p, o in next_offsets.items()]
            producer.send_offsets_to_transaction(positions, consumer.consumer_group_metadata(), 30)
            producer.commit_transaction(30)
            committed += len(messages)
            emit(committed=committed)
    except KafkaException as error:
        emit(error=str(error))
        return 3
    consumer.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
