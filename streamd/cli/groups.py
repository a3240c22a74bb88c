"""``streamd groups``: list, describe, reset-offsets, delete, as kafka-consumer-groups does.

Group calls go to the group's coordinator (see ``streamd.client.groups``). ``describe`` shows,
per partition, the group's committed offset, the log end offset, the lag and the member that
owns the partition; ``--members`` and ``--state`` show the members and a state summary.
``reset-offsets`` prints the plan and commits it only with ``--execute``, and only while the
group has no members, as Kafka's tool.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import click

from streamd.cli._errors import CliError
from streamd.cli._options import bootstrap_option, run
from streamd.cli._output import format_table
from streamd.client import EARLIEST, LATEST, KafkaClient, KafkaError, TopicInfo
from streamd.client.errors import error_name
from streamd.client.groups import (
    CLASSIC,
    CONSUMER,
    GROUP_STATES,
    CommittedOffset,
    GroupAdmin,
    GroupDescription,
    GroupError,
    GroupMember,
    TopicPartition,
)
from streamd.protocol._generated import ErrorCode

__all__ = [
    "OffsetRow",
    "ResetPlan",
    "assignment_text",
    "groups",
    "offset_rows",
    "parse_datetime_ms",
    "parse_duration_ms",
    "parse_states",
    "parse_topic_scope",
]

_MISSING = "-"
_INACTIVE_STATES = ("Empty", "Dead")
_REBALANCING_STATES = ("PreparingRebalance", "CompletingRebalance", "Assigning", "Reconciling")

output_option = click.option(
    "--output",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)


@click.group()
def groups() -> None:
    """List, describe, reset the offsets of and delete consumer groups."""


# -- list ----------------------------------------------------------------------------------------

_STATE_NAMES = {state.lower(): state for state in GROUP_STATES}


def parse_states(values: Iterable[str]) -> list[str]:
    """``--state`` values (repeatable, comma-separated, any case) as the brokers spell them."""
    states: list[str] = []
    for value in values:
        for part in value.split(","):
            name = part.strip()
            if not name:
                continue
            canonical = _STATE_NAMES.get(name.lower())
            if canonical is None:
                raise click.BadParameter(
                    f"invalid state {name!r}; valid states are {', '.join(GROUP_STATES)}",
                    param_hint="'--state'",
                )
            if canonical not in states:
                states.append(canonical)
    return states


@groups.command(name="list")
@bootstrap_option
@click.option(
    "--state",
    "states",
    multiple=True,
    metavar="STATE[,STATE...]",
    help=f"Only groups in these states, repeatable ({', '.join(GROUP_STATES)}; any case).",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice([CLASSIC, CONSUMER], case_sensitive=False),
    help="Only groups of this type, repeatable [default: both].",
)
@output_option
def list_groups(bootstrap: str, states: tuple[str, ...], types: tuple[str, ...], output: str) -> None:
    """List consumer groups: id, state, type and protocol type."""
    wanted_states = parse_states(states)
    wanted_types = sorted({kind.lower() for kind in types}) or [CLASSIC, CONSUMER]

    async def list_all() -> list[dict[str, str | None]]:
        async with KafkaClient(bootstrap) as client, GroupAdmin(client) as admin:
            found = await admin.list_groups(states=wanted_states, types=wanted_types)
        return [
            {
                "group": listing.group_id,
                "state": listing.state,
                "type": listing.group_type,
                "protocol_type": listing.protocol_type,
            }
            for listing in found
        ]

    listed = run(list_all())
    if output == "json":
        click.echo(json.dumps(listed, indent=2))
        return
    rows = [
        (
            entry["group"],
            entry["state"] or _MISSING,
            entry["type"] or _MISSING,
            entry["protocol_type"] or _MISSING,
        )
        for entry in listed
    ]
    click.echo(format_table(("GROUP", "STATE", "TYPE", "PROTOCOL-TYPE"), rows))


# -- describe ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OffsetRow:
    """One line of ``describe``: a partition the group owns or has an offset for."""

    group: str
    topic: str
    partition: int
    current_offset: int | None
    log_end_offset: int | None
    leader_epoch: int | None
    consumer_id: str | None
    host: str | None
    client_id: str | None

    @property
    def lag(self) -> int | None:
        if self.current_offset is None or self.log_end_offset is None:
            return None
        return self.log_end_offset - self.current_offset

    def as_json(self) -> dict[str, object]:
        return {
            "topic": self.topic,
            "partition": self.partition,
            "current_offset": self.current_offset,
            "log_end_offset": self.log_end_offset,
            "lag": self.lag,
            "leader_epoch": self.leader_epoch,
            "consumer_id": self.consumer_id,
            "host": self.host,
            "client_id": self.client_id,
        }


def offset_rows(
    description: GroupDescription,
    committed: dict[TopicPartition, CommittedOffset],
    log_end: dict[TopicPartition, int | None],
) -> list[OffsetRow]:
    """As Kafka's tool: the partitions of each member with any (most partitions first), then
    the partitions with a committed offset that no member owns; each block by topic, partition."""

    def row(tp: TopicPartition, member: GroupMember | None) -> OffsetRow:
        offset = committed.get(tp)
        return OffsetRow(
            group=description.group_id,
            topic=tp[0],
            partition=tp[1],
            current_offset=offset.offset if offset is not None else None,
            log_end_offset=log_end.get(tp),
            leader_epoch=offset.leader_epoch if offset is not None else None,
            consumer_id=member.member_id if member is not None else None,
            host=member.host if member is not None else None,
            client_id=member.client_id if member is not None else None,
        )

    rows: list[OffsetRow] = []
    owned: set[TopicPartition] = set()
    owners = sorted(
        (m for m in description.members if m.assignment), key=lambda m: (-len(m.assignment), m.member_id)
    )
    for member in owners:
        rows += [row(tp, member) for tp in sorted(member.assignment)]
        owned.update(member.assignment)
    rows += [row(tp, None) for tp in sorted(committed) if tp not in owned]
    return rows


def _assigned(description: GroupDescription) -> set[TopicPartition]:
    return {tp for member in description.members for tp in member.assignment}


def assignment_text(partitions: Sequence[TopicPartition] | None) -> str:
    """``topic:0,1;other:3`` as Kafka's tool prints an assignment; ``-`` when empty."""
    if not partitions:
        return _MISSING
    by_topic: dict[str, list[int]] = {}
    for topic, partition in partitions:
        by_topic.setdefault(topic, []).append(partition)
    return ";".join(
        f"{topic}:{','.join(str(p) for p in sorted(parts))}" for topic, parts in sorted(by_topic.items())
    )


def _assignment_json(partitions: Sequence[TopicPartition] | None) -> list[dict[str, object]] | None:
    if partitions is None:
        return None
    by_topic: dict[str, list[int]] = {}
    for topic, partition in partitions:
        by_topic.setdefault(topic, []).append(partition)
    return [{"topic": topic, "partitions": sorted(parts)} for topic, parts in sorted(by_topic.items())]


def _summary_json(description: GroupDescription) -> dict[str, object]:
    coordinator = description.coordinator
    return {
        "group": description.group_id,
        "state": description.state,
        "type": description.group_type,
        "protocol_type": description.protocol_type,
        "assignment_strategy": description.assignment_strategy or None,
        "coordinator": {"id": coordinator.node_id, "host": coordinator.host, "port": coordinator.port},
        "member_count": len(description.members),
        "group_epoch": description.group_epoch,
        "target_assignment_epoch": description.assignment_epoch,
    }


def _member_json(member: GroupMember) -> dict[str, object]:
    return {
        "consumer_id": member.member_id,
        "group_instance_id": member.group_instance_id,
        "host": member.host,
        "client_id": member.client_id,
        "partitions": len(member.assignment),
        "assignment": _assignment_json(member.assignment),
        "member_epoch": member.member_epoch,
        "target_assignment": _assignment_json(member.target_assignment),
    }


def _text(value: object) -> str:
    return _MISSING if value is None or value == "" else str(value)


def _offsets_table(rows: Sequence[OffsetRow], verbose: bool) -> str:
    columns = ["GROUP", "TOPIC", "PARTITION"]
    columns += ["LEADER-EPOCH"] if verbose else []
    columns += ["CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID"]
    lines = []
    for r in rows:
        cells: list[object] = [r.group, r.topic, r.partition]
        cells += [_text(r.leader_epoch)] if verbose else []
        cells += [
            _text(r.current_offset),
            _text(r.log_end_offset),
            _text(r.lag),
            _text(r.consumer_id),
            _text(r.host),
            _text(r.client_id),
        ]
        lines.append(cells)
    return format_table(columns, lines)


def _members_table(description: GroupDescription, verbose: bool) -> str:
    with_instance_ids = any(m.group_instance_id for m in description.members)
    columns = ["GROUP", "CONSUMER-ID"]
    columns += ["GROUP-INSTANCE-ID"] if with_instance_ids else []
    columns += ["HOST", "CLIENT-ID", "#PARTITIONS"]
    if verbose:
        columns += ["CURRENT-EPOCH", "CURRENT-ASSIGNMENT", "TARGET-EPOCH", "TARGET-ASSIGNMENT"]
    rows = []
    for member in description.members:
        cells: list[object] = [description.group_id, member.member_id]
        cells += [_text(member.group_instance_id)] if with_instance_ids else []
        cells += [_text(member.host), _text(member.client_id), len(member.assignment)]
        if verbose:
            cells += [
                _text(member.member_epoch),
                assignment_text(member.assignment),
                _text(description.assignment_epoch),
                assignment_text(member.target_assignment),
            ]
        rows.append(cells)
    return format_table(columns, rows)


def _state_table(description: GroupDescription, verbose: bool) -> str:
    coordinator = description.coordinator
    columns = ["GROUP", "COORDINATOR (ID)", "ASSIGNMENT-STRATEGY", "STATE"]
    cells: list[object] = [
        description.group_id,
        f"{coordinator.address}  ({coordinator.node_id})",
        _text(description.assignment_strategy),
        description.state,
    ]
    if verbose:
        columns += ["GROUP-EPOCH", "TARGET-ASSIGNMENT-EPOCH"]
        cells += [_text(description.group_epoch), _text(description.assignment_epoch)]
    columns.append("#MEMBERS")
    cells.append(len(description.members))
    return format_table(columns, [cells])


def _state_note(description: GroupDescription) -> None:
    if description.state == "Empty":
        click.echo(f"consumer group '{description.group_id}' has no active members", err=True)
    elif description.state in _REBALANCING_STATES:
        click.echo(f"warning: consumer group '{description.group_id}' is rebalancing", err=True)


@dataclass(slots=True)
class _Described:
    description: GroupDescription
    rows: list[OffsetRow] | None = None


@groups.command()
@bootstrap_option
@click.argument("group_ids", metavar="GROUP...", nargs=-1)
@click.option("--all-groups", is_flag=True, help="Describe every consumer group.")
@click.option(
    "--offsets", "view", flag_value="offsets", help="Per partition: offsets, lag and owner [the default]."
)
@click.option("--members", "view", flag_value="members", help="Per member: host, client id, partitions.")
@click.option("--state", "view", flag_value="state", help="The group's coordinator, state and member count.")
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="More columns: leader epochs; member epochs and assignments; group epochs.",
)
@output_option
def describe(
    bootstrap: str,
    group_ids: tuple[str, ...],
    all_groups: bool,
    view: str | None,
    verbose: bool,
    output: str,
) -> None:
    """Describe GROUP...: per partition the committed offset, log end offset, lag and owner."""
    if bool(group_ids) == all_groups:
        raise click.UsageError("give GROUP... or --all-groups (not both)")
    view = view or "offsets"

    async def describe_all() -> list[_Described]:
        async with KafkaClient(bootstrap) as client, GroupAdmin(client) as admin:
            wanted = list(dict.fromkeys(group_ids))
            if all_groups:
                wanted = [listing.group_id for listing in await admin.list_groups()]
            described: list[_Described] = []
            for group_id in wanted:
                description = await admin.describe_group(group_id)
                found = _Described(description)
                if view == "offsets":
                    committed = await admin.committed_offsets(group_id)
                    log_end = await admin.log_offsets(sorted(set(committed) | _assigned(description)), LATEST)
                    found.rows = offset_rows(description, committed, log_end)
                described.append(found)
            return described

    described = run(describe_all())
    if output == "json":
        documents = []
        for found in described:
            document = _summary_json(found.description)
            if view == "members":
                document["members"] = [_member_json(m) for m in found.description.members]
            if found.rows is not None:
                document["offsets"] = [r.as_json() for r in found.rows]
            documents.append(document)
        click.echo(json.dumps(documents, indent=2))
        return
    tables: list[str] = []
    for found in described:
        _state_note(found.description)
        if view == "state":
            tables.append(_state_table(found.description, verbose))
        elif view == "members":
            if found.description.members:
                tables.append(_members_table(found.description, verbose))
        elif found.rows:
            tables.append(_offsets_table(found.rows, verbose))
    if tables:
        click.echo("\n\n".join(tables))


# -- reset-offsets -------------------------------------------------------------------------------

_DURATION = re.compile(
    r"P(?:(?P<days>\d+)D)?(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?",
    re.IGNORECASE,
)


def parse_duration_ms(text: str) -> int:
    """An ISO-8601 duration as Java's ``Duration.parse`` reads it (PnDTnHnMn.nS), in ms."""
    match = _DURATION.fullmatch(text.strip())
    if match is None or not any(match.groupdict().values()) or text.strip().upper().endswith("T"):
        raise click.BadParameter(
            f"{text!r}: expected an ISO-8601 duration PnDTnHnMn.nS (P1D, PT2H30M, PT45S)",
            param_hint="'--by-duration'",
        )
    parts = {name: float(value) if value else 0.0 for name, value in match.groupdict().items()}
    seconds = parts["days"] * 86_400 + parts["hours"] * 3_600 + parts["minutes"] * 60 + parts["seconds"]
    return round(seconds * 1000)


def parse_datetime_ms(text: str) -> int:
    """``YYYY-MM-DDTHH:mm:SS[.sss][Z|±HH:MM]`` in ms since the epoch; local time without a zone,
    as Kafka's tool."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise click.BadParameter(
            f"{text!r}: expected YYYY-MM-DDTHH:mm:SS[.sss][Z|+HH:MM]", param_hint="'--to-datetime'"
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the local zone
    return int(moment.timestamp() * 1000)


@dataclass(frozen=True, slots=True)
class ResetPlan:
    """Where to move the offsets: one of Kafka's reset scenarios."""

    kind: str  # earliest | latest | current | offset | shift | timestamp
    value: int = 0


def parse_topic_scope(values: Iterable[str]) -> list[tuple[str, list[int] | None]]:
    """``--topic T`` (every partition) or ``--topic T:0,2`` (those partitions)."""
    scope: list[tuple[str, list[int] | None]] = []
    for value in values:
        topic, colon, partitions_text = value.partition(":")
        if not topic or (colon and not partitions_text):
            raise click.BadParameter(f"{value!r}: expected TOPIC or TOPIC:P[,P...]", param_hint="'--topic'")
        if not colon:
            scope.append((topic, None))
            continue
        try:
            partitions = sorted({int(part) for part in partitions_text.split(",")})
        except ValueError:
            raise click.BadParameter(
                f"{value!r}: partitions must be numbers (TOPIC:0,1,2)", param_hint="'--topic'"
            ) from None
        if any(partition < 0 for partition in partitions):
            raise click.BadParameter(f"{value!r}: partitions cannot be negative", param_hint="'--topic'")
        scope.append((topic, partitions))
    return scope


def _tp(tp: TopicPartition) -> str:
    return f"topic '{tp[0]}' partition {tp[1]}"


@dataclass(slots=True)
class _ResetResult:
    group: str
    offsets: dict[TopicPartition, int]
    previous: dict[TopicPartition, int]
    refused_state: str | None = None


async def _partitions_to_reset(
    client: KafkaClient,
    scope: list[tuple[str, list[int] | None]] | None,
    committed: dict[TopicPartition, CommittedOffset],
    topics: dict[str, TopicInfo],
) -> list[TopicPartition]:
    wanted: list[TopicPartition] = []
    if scope is None:
        wanted = sorted(committed)
    else:
        for topic, partitions in scope:
            if topic not in topics:
                topics[topic] = await client.topic(topic)
            listed = [p.index for p in topics[topic].partitions]
            wanted += [(topic, p) for p in (listed if partitions is None else partitions)]
    for topic in sorted({tp[0] for tp in wanted} - set(topics)):
        topics[topic] = await client.topic(topic)
    for tp in wanted:
        described = topics[tp[0]].partition(tp[1])
        if described is None:
            raise KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, _tp(tp))
        if described.leader_id < 0:
            raise KafkaError(ErrorCode.LEADER_NOT_AVAILABLE, _tp(tp))
    return sorted(set(wanted))


def _needed(found: dict[TopicPartition, int | None], which: str) -> dict[TopicPartition, int]:
    missing = [tp for tp, offset in found.items() if offset is None]
    if missing:
        raise CliError(f"cannot get the {which} offset of {_tp(missing[0])}")
    return {tp: offset for tp, offset in found.items() if offset is not None}


async def _new_offsets(
    admin: GroupAdmin,
    partitions: list[TopicPartition],
    plan: ResetPlan,
    committed: dict[TopicPartition, CommittedOffset],
) -> dict[TopicPartition, int]:
    if plan.kind == "earliest":
        return _needed(await admin.log_offsets(partitions, EARLIEST), "earliest")
    latest = _needed(await admin.log_offsets(partitions, LATEST), "latest")
    if plan.kind == "latest":
        return latest
    if plan.kind == "current":
        return {tp: committed[tp].offset if tp in committed else latest[tp] for tp in partitions}
    if plan.kind == "timestamp":
        found = _needed(await admin.log_offsets(partitions, plan.value), "timestamp's")
        for tp in partitions:
            if found[tp] < 0:
                click.echo(
                    f"warning: {_tp(tp)} has no record at or after that time: using its end offset {latest[tp]}",
                    err=True,
                )
                found[tp] = latest[tp]
        return found
    if plan.kind == "shift":
        for tp in partitions:
            if tp not in committed:
                raise CliError(
                    f"cannot shift the offset of {_tp(tp)}: the group has no committed offset there"
                )
        requested = {tp: committed[tp].offset + plan.value for tp in partitions}
    else:
        requested = dict.fromkeys(partitions, plan.value)
    earliest = _needed(await admin.log_offsets(partitions, EARLIEST), "earliest")
    clamped: dict[TopicPartition, int] = {}
    for tp, offset in requested.items():
        if offset > latest[tp]:
            click.echo(
                f"warning: new offset {offset} is past the end of {_tp(tp)}: using {latest[tp]}", err=True
            )
            offset = latest[tp]
        elif offset < earliest[tp]:
            click.echo(
                f"warning: new offset {offset} is before the start of {_tp(tp)}: using {earliest[tp]}",
                err=True,
            )
            offset = earliest[tp]
        clamped[tp] = offset
    return clamped


async def _reset_group(
    client: KafkaClient,
    admin: GroupAdmin,
    group_id: str,
    scope: list[tuple[str, list[int] | None]] | None,
    plan: ResetPlan,
    execute: bool,
) -> _ResetResult:
    try:
        state = (await admin.describe_group(group_id)).state
    except GroupError as exc:
        if exc.code != ErrorCode.GROUP_ID_NOT_FOUND:
            raise
        state = "Dead"  # no group yet: resetting creates its offsets, as Kafka's tool does
    if state not in _INACTIVE_STATES:
        return _ResetResult(group_id, {}, {}, refused_state=state)
    committed = await admin.committed_offsets(group_id)
    topics: dict[str, TopicInfo] = {}
    partitions = await _partitions_to_reset(client, scope, committed, topics)
    offsets = await _new_offsets(admin, partitions, plan, committed)
    if execute:
        await admin.commit_offsets(group_id, offsets, topics)
    previous = {tp: committed[tp].offset for tp in offsets if tp in committed}
    return _ResetResult(group_id, offsets, previous)


def _reset_plan(
    to_earliest: bool,
    to_latest: bool,
    to_current: bool,
    to_offset: int | None,
    shift_by: int | None,
    to_datetime: str | None,
    by_duration: str | None,
) -> ResetPlan:
    given = [
        name
        for name, present in (
            ("--to-earliest", to_earliest),
            ("--to-latest", to_latest),
            ("--to-current", to_current),
            ("--to-offset", to_offset is not None),
            ("--shift-by", shift_by is not None),
            ("--to-datetime", to_datetime is not None),
            ("--by-duration", by_duration is not None),
        )
        if present
    ]
    if len(given) != 1:
        raise click.UsageError(
            "give exactly one of --to-earliest, --to-latest, --to-current, --to-offset, --shift-by, "
            "--to-datetime, --by-duration" + (f" (got {', '.join(given)})" if given else "")
        )
    if to_earliest:
        return ResetPlan("earliest")
    if to_latest:
        return ResetPlan("latest")
    if to_current:
        return ResetPlan("current")
    if to_offset is not None:
        return ResetPlan("offset", to_offset)
    if shift_by is not None:
        return ResetPlan("shift", shift_by)
    if to_datetime is not None:
        return ResetPlan("timestamp", parse_datetime_ms(to_datetime))
    assert by_duration is not None
    return ResetPlan("timestamp", int(time.time() * 1000) - parse_duration_ms(by_duration))


@groups.command(name="reset-offsets")
@bootstrap_option
@click.argument("group_ids", metavar="GROUP...", nargs=-1, required=True)
@click.option(
    "--topic",
    "-t",
    "topic_values",
    multiple=True,
    metavar="TOPIC[:P,...]",
    help="Reset this topic (all partitions, or the listed ones); repeatable.",
)
@click.option("--all-topics", is_flag=True, help="Reset every partition the group has an offset for.")
@click.option("--to-earliest", is_flag=True, help="To the earliest offset.")
@click.option("--to-latest", is_flag=True, help="To the log end offset.")
@click.option("--to-current", is_flag=True, help="To the committed offset (the end where there is none).")
@click.option("--to-offset", type=click.IntRange(min=0), metavar="N", help="To offset N (kept in range).")
@click.option("--shift-by", type=int, metavar="N", help="Move the committed offset by N (may be negative).")
@click.option(
    "--to-datetime", metavar="ISO", help="To the first offset at or after YYYY-MM-DDTHH:mm:SS[.sss][Z]."
)
@click.option(
    "--by-duration", metavar="PnDTnHnM", help="To the first offset at or after now minus this duration."
)
@click.option("--dry-run", is_flag=True, help="Only show the new offsets [the default].")
@click.option("--execute", is_flag=True, help="Commit the new offsets.")
@output_option
def reset_offsets(
    bootstrap: str,
    group_ids: tuple[str, ...],
    topic_values: tuple[str, ...],
    all_topics: bool,
    to_earliest: bool,
    to_latest: bool,
    to_current: bool,
    to_offset: int | None,
    shift_by: int | None,
    to_datetime: str | None,
    by_duration: str | None,
    dry_run: bool,
    execute: bool,
    output: str,
) -> None:
    """Move the committed offsets of GROUP... (only while it has no members)."""
    if dry_run and execute:
        raise click.UsageError("--dry-run and --execute are mutually exclusive")
    if bool(topic_values) == all_topics:
        raise click.UsageError("give --topic TOPIC[:P,...] or --all-topics (not both)")
    scope = None if all_topics else parse_topic_scope(topic_values)
    plan = _reset_plan(to_earliest, to_latest, to_current, to_offset, shift_by, to_datetime, by_duration)

    async def reset_all() -> list[_ResetResult]:
        async with KafkaClient(bootstrap) as client, GroupAdmin(client) as admin:
            return [
                await _reset_group(client, admin, group_id, scope, plan, execute)
                for group_id in dict.fromkeys(group_ids)
            ]

    results = run(reset_all())
    refused = [r for r in results if r.refused_state is not None]
    done = [r for r in results if r.refused_state is None]
    if output == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "group": r.group,
                        "executed": execute and r.refused_state is None,
                        "refused_state": r.refused_state,
                        "offsets": [
                            {
                                "topic": tp[0],
                                "partition": tp[1],
                                "previous_offset": r.previous.get(tp),
                                "new_offset": offset,
                            }
                            for tp, offset in sorted(r.offsets.items())
                        ],
                    }
                    for r in results
                ],
                indent=2,
            )
        )
    else:
        rows = [(r.group, tp[0], tp[1], offset) for r in done for tp, offset in sorted(r.offsets.items())]
        if rows:
            click.echo(format_table(("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET"), rows))
    if done and not execute:
        click.echo("dry run: nothing committed (add --execute to commit these offsets)", err=True)
    for r in refused:
        click.echo(
            f"error: assignments can only be reset if the group '{r.group}' is inactive, "
            f"but the current state is {r.refused_state}",
            err=True,
        )
    if refused:
        click.get_current_context().exit(1)


# -- delete --------------------------------------------------------------------------------------


@groups.command()
@bootstrap_option
@click.argument("group_ids", metavar="GROUP...", nargs=-1, required=True)
@output_option
def delete(bootstrap: str, group_ids: tuple[str, ...], output: str) -> None:
    """Delete GROUP... and their committed offsets (only groups without members)."""

    async def delete_all() -> dict[str, int]:
        async with KafkaClient(bootstrap) as client, GroupAdmin(client) as admin:
            return await admin.delete_groups(group_ids)

    results = run(delete_all())
    if output == "json":
        click.echo(
            json.dumps(
                [
                    {"group": group_id, "deleted": not code, "error": error_name(code) if code else None}
                    for group_id, code in results.items()
                ],
                indent=2,
            )
        )
    for group_id, code in results.items():
        if not code:
            if output != "json":
                click.echo(f"deleted group '{group_id}'")
        else:
            subject = f"group '{group_id}'"
            click.echo(f"error: {GroupError(code, subject)}", err=True)
    if any(results.values()):
        click.get_current_context().exit(1)
