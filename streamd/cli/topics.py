"""``streamd topics``: create, list, describe, delete, alter-config."""

from __future__ import annotations

import json

import click

from streamd.cli._options import bootstrap_option, parse_assignments, run
from streamd.cli._output import format_table, kafka_uuid
from streamd.client import ConfigEntry, KafkaClient, KafkaError, TopicInfo
from streamd.client.errors import error_name

__all__ = ["topics"]

_TOPIC_ALREADY_EXISTS = "TOPIC_ALREADY_EXISTS"
_UNKNOWN_TOPIC = ("UNKNOWN_TOPIC_OR_PARTITION", "UNKNOWN_TOPIC_ID")

output_option = click.option(
    "--output",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)


@click.group()
def topics() -> None:
    """Create, list, describe, delete and configure topics."""


@topics.command()
@bootstrap_option
@click.argument("name")
@click.option(
    "--partitions",
    "-p",
    type=click.IntRange(min=1),
    help="Number of partitions [default: the broker's num.partitions].",
)
@click.option(
    "--replication-factor",
    "-r",
    type=click.IntRange(min=1),
    help="Replicas per partition [default: the broker's default.replication.factor].",
)
@click.option(
    "--config", "-c", "configs", multiple=True, metavar="NAME=VALUE", help="Topic config, repeatable."
)
@click.option("--if-not-exists", is_flag=True, help="Succeed quietly when the topic exists.")
def create(
    bootstrap: str,
    name: str,
    partitions: int | None,
    replication_factor: int | None,
    configs: tuple[str, ...],
    if_not_exists: bool,
) -> None:
    """Create topic NAME."""
    settings = parse_assignments(configs, "--config")

    async def create_topic() -> None:
        async with KafkaClient(bootstrap) as client:
            try:
                created = await client.create_topic(
                    name,
                    num_partitions=partitions if partitions is not None else -1,
                    replication_factor=replication_factor if replication_factor is not None else -1,
                    configs=settings,
                )
            except KafkaError as exc:
                if if_not_exists and exc.name == _TOPIC_ALREADY_EXISTS:
                    click.echo(f"topic '{name}' already exists")
                    return
                raise
        details = []
        if created.num_partitions > 0:
            details.append(f"{created.num_partitions} partition{'s' if created.num_partitions != 1 else ''}")
        if created.replication_factor > 0:
            details.append(f"replication factor {created.replication_factor}")
        if created.topic_id.int:
            details.append(f"id {kafka_uuid(created.topic_id)}")
        suffix = f" ({', '.join(details)})" if details else ""
        click.echo(f"created topic '{name}'{suffix}")

    run(create_topic())


@topics.command(name="list")
@bootstrap_option
@click.option("--include-internal", is_flag=True, help="Also list internal topics (__consumer_offsets ...).")
@click.option("--long", "-l", "long_format", is_flag=True, help="Show partition counts and topic ids.")
@output_option
def list_topics(bootstrap: str, include_internal: bool, long_format: bool, output: str) -> None:
    """List topic names."""

    async def list_all() -> list[TopicInfo]:
        async with KafkaClient(bootstrap) as client:
            return await client.list_topics(include_internal=include_internal)

    found = run(list_all())
    if output == "json":
        click.echo(json.dumps([_topic_summary(info) for info in found], indent=2))
    elif long_format:
        rows = [(info.name, len(info.partitions), kafka_uuid(info.topic_id)) for info in found]
        click.echo(format_table(("TOPIC", "PARTITIONS", "TOPIC ID"), rows))
    else:
        for info in found:
            click.echo(info.name)


@topics.command()
@bootstrap_option
@click.argument("name")
@click.option("--all-configs", is_flag=True, help="Show every config, defaults included.")
@output_option
def describe(bootstrap: str, name: str, all_configs: bool, output: str) -> None:
    """Show partitions, leaders, the topic id and the configs that are not defaults."""

    async def describe_topic() -> tuple[TopicInfo, list[ConfigEntry]]:
        async with KafkaClient(bootstrap) as client:
            info = await client.topic(name)
            return info, await client.describe_topic_configs(name)

    info, configs = run(describe_topic())
    shown = [entry for entry in configs if all_configs or not entry.is_default]
    if output == "json":
        document = _topic_summary(info)
        document["configs"] = {entry.name: _config_json(entry) for entry in shown}
        document["partitions"] = [
            {
                "partition": p.index,
                "leader": p.leader_id,
                "replicas": list(p.replicas),
                "isr": list(p.isr),
                "error": error_name(p.error_code) if p.error_code else None,
            }
            for p in info.partitions
        ]
        click.echo(json.dumps(document, indent=2))
        return
    replication = max((len(p.replicas) for p in info.partitions), default=0)
    lines = [
        f"topic:       {info.name}" + ("  (internal)" if info.is_internal else ""),
        f"topic id:    {kafka_uuid(info.topic_id)}",
        f"partitions:  {len(info.partitions)}",
        f"replication: {replication}",
    ]
    if shown:
        lines.append("configs:")
        lines += [f"  {entry.name}={_config_text(entry)}  ({entry.source.name})" for entry in shown]
    else:
        lines.append("configs:     (all defaults)")
    click.echo("\n".join(lines) + "\n")
    rows = [
        (
            p.index,
            p.leader_id,
            _ids(p.replicas),
            _ids(p.isr),
            error_name(p.error_code) if p.error_code else "",
        )
        for p in info.partitions
    ]
    click.echo(format_table(("PARTITION", "LEADER", "REPLICAS", "ISR", "ERROR"), rows))


@topics.command()
@bootstrap_option
@click.argument("name")
@click.option("--if-exists", is_flag=True, help="Succeed quietly when the topic does not exist.")
def delete(bootstrap: str, name: str, if_exists: bool) -> None:
    """Delete topic NAME and its data."""

    async def delete_topic() -> None:
        async with KafkaClient(bootstrap) as client:
            try:
                await client.delete_topic(name)
            except KafkaError as exc:
                if if_exists and exc.name in _UNKNOWN_TOPIC:
                    click.echo(f"topic '{name}' does not exist")
                    return
                raise
        click.echo(f"deleted topic '{name}'")

    run(delete_topic())


@topics.command(name="alter-config")
@bootstrap_option
@click.argument("name")
@click.option(
    "--set", "-s", "set_values", multiple=True, metavar="NAME=VALUE", help="Set a topic config, repeatable."
)
@click.option(
    "--delete", "-d", "delete_keys", multiple=True, metavar="NAME", help="Remove an override, repeatable."
)
def alter_config(
    bootstrap: str, name: str, set_values: tuple[str, ...], delete_keys: tuple[str, ...]
) -> None:
    """Set or remove topic-level config overrides of topic NAME."""
    assignments = parse_assignments(set_values, "--set")
    if not assignments and not delete_keys:
        raise click.UsageError("nothing to change: give --set NAME=VALUE and/or --delete NAME")
    clashing = sorted(set(assignments) & set(delete_keys))
    if clashing:
        raise click.UsageError(f"{', '.join(clashing)} given to both --set and --delete")

    async def alter() -> None:
        async with KafkaClient(bootstrap) as client:
            await client.alter_topic_configs(name, set_values=assignments, delete_keys=list(delete_keys))

    run(alter())
    changes = [f"{key}={value}" for key, value in assignments.items()] + [f"-{key}" for key in delete_keys]
    click.echo(f"altered topic '{name}': {' '.join(changes)}")


def _ids(nodes: tuple[int, ...]) -> str:
    return ",".join(str(node) for node in nodes) or "-"


def _config_text(entry: ConfigEntry) -> str:
    if entry.is_sensitive:
        return "(sensitive)"
    return "(null)" if entry.value is None else entry.value


def _config_json(entry: ConfigEntry) -> dict[str, object]:
    return {
        "value": None if entry.is_sensitive else entry.value,
        "source": entry.source.name,
        "read_only": entry.read_only,
        "sensitive": entry.is_sensitive,
    }


def _topic_summary(info: TopicInfo) -> dict[str, object]:
    return {
        "name": info.name,
        "topic_id": kafka_uuid(info.topic_id),
        "partitions": len(info.partitions),
        "internal": info.is_internal,
    }
