package streamd.compat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Drives the Java producer, consumer and Admin client (kafka-clients) against one broker and
 * prints one JSON line per check: {"check": NAME, "ok": BOOL, "detail": TEXT}. The last line is
 * {"summary": SUBCOMMAND, "passed": N, "failed": [NAMES]}. Exit status 0 when every check
 * passed, 1 when one failed, 2 on a usage error.
 *
 * Usage: JvmCheck SUBCOMMAND BOOTSTRAP PREFIX [ARG]
 *   codecs   PREFIX               idempotent producer per compression type, read back byte-identical
 *   group    PREFIX classic|consumer  a consumer group: consume, commit, resume, rebalance, describe
 *   admin    PREFIX               topics, partitions, configs, records, offsets, cluster, groups
 *   txn      PREFIX               transactions: commit, abort, open, offsets, fencing, admin views
 *   txn-data PREFIX               leaves committed and aborted transactions for the CLI tests
 * Every topic, group and transactional id starts with PREFIX, so runs never collide.
 */
public final class JvmCheck {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long WAIT_MS = 30_000;

    private final String bootstrap;
    private final String prefix;
    private final List<String> failed = new ArrayList<>();
    private int passed;

    private JvmCheck(String bootstrap, String prefix) {
        this.bootstrap = bootstrap;
        this.prefix = prefix;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: JvmCheck codecs|group|admin|txn|txn-data BOOTSTRAP PREFIX [classic|consumer]");
            System.exit(2);
        }
        JvmCheck run = new JvmCheck(args[1], args[2]);
        String sub = args[0];
        try {
            switch (sub) {
                case "codecs" -> run.codecs();
                case "group" -> run.group(args.length > 3 ? args[3] : "classic");
                case "admin" -> run.adminChecks();
                case "txn" -> run.txn();
                case "txn-data" -> run.txnData();
                default -> {
                    System.err.println("unknown subcommand " + sub);
                    System.exit(2);
                }
            }
        } catch (Throwable t) {
            run.record("aborted", false, describe(t));
        }
        StringBuilder names = new StringBuilder();
        for (String name : run.failed) {
            names.append(names.length() == 0 ? "" : ",").append(json(name));
        }
        System.out.println("{\"summary\":" + json(sub) + ",\"passed\":" + run.passed + ",\"failed\":[" + names + "]}");
        System.out.flush();
        System.exit(run.failed.isEmpty() ? 0 : 1);
    }

    // ------------------------------------------------------------------ reporting

    private void record(String name, boolean ok, String detail) {
        if (ok) {
            passed++;
        } else {
            failed.add(name);
        }
        System.out.println("{\"check\":" + json(name) + ",\"ok\":" + ok + ",\"detail\":" + json(detail) + "}");
        System.out.flush();
    }

    interface Body {
        String run() throws Exception;
    }

    /** Runs one check: it passes when body returns null, fails with the returned text otherwise. */
    private void check(String name, Body body) {
        try {
            String problem = body.run();
            record(name, problem == null, problem == null ? "" : problem);
        } catch (Throwable t) {
            record(name, false, describe(t));
        }
    }

    interface Action {
        Object run() throws Exception;
    }

    /** The simple name of the exception that action throws (the cause of an ExecutionException), or "none". */
    private static String errorOf(Action action) {
        try {
            action.run();
            return "none";
        } catch (Throwable t) {
            Throwable cause = t instanceof ExecutionException && t.getCause() != null ? t.getCause() : t;
            return cause.getClass().getSimpleName();
        }
    }

    private static String expect(Object expected, Object actual, String what) {
        return java.util.Objects.equals(expected, actual) ? null : what + ": expected " + expected + ", got " + actual;
    }

    /** The first non-null problem, or null. */
    private static String all(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String describe(Throwable t) {
        Throwable cause = t instanceof ExecutionException && t.getCause() != null ? t.getCause() : t;
        return cause.getClass().getName() + ": " + cause.getMessage();
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // ------------------------------------------------------------------ clients

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return Admin.create(p);
    }

    private KafkaProducer<byte[], byte[]> producer(Map<String, String> extra) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        p.putAll(extra);
        return new KafkaProducer<>(p);
    }

    private KafkaConsumer<byte[], byte[]> consumer(Map<String, String> extra) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putAll(extra);
        return new KafkaConsumer<>(p);
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    private void createTopic(Admin admin, String topic, int partitions) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
    }

    /** Every record of the partitions from the beginning up to the end offsets the consumer sees. */
    private static List<ConsumerRecord<byte[], byte[]>> readToEnd(KafkaConsumer<byte[], byte[]> consumer,
                                                                  Collection<TopicPartition> partitions) {
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            boolean done = true;
            for (TopicPartition tp : partitions) {
                if (consumer.position(tp) < end.get(tp)) {
                    done = false;
                }
            }
            if (done) {
                break;
            }
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<TopicPartition> partitions(String topic, int count) {
        List<TopicPartition> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new TopicPartition(topic, i));
        }
        return out;
    }

    // ------------------------------------------------------------------ codecs

    private record Sent(ProducerRecord<byte[], byte[]> record, RecordMetadata meta) {
    }

    private void codecs() throws Exception {
        try (Admin admin = admin()) {
            for (String codec : List.of("none", "gzip", "snappy", "lz4", "zstd")) {
                String topic = prefix + "-codec-" + codec;
                createTopic(admin, topic, 2);
                check("codec_round_trip[" + codec + "]", () -> roundTrip(admin, topic, codec));
            }
        }
    }

    private String roundTrip(Admin admin, String topic, String codec) throws Exception {
        Random random = new Random(42);
        long base = System.currentTimeMillis() - 60_000;
        List<Sent> sent = new ArrayList<>();
        List<java.util.concurrent.Future<RecordMetadata>> futures = new ArrayList<>();
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        // enable.idempotence is left at its default (true in every 3.x/4.x client).
        try (KafkaProducer<byte[], byte[]> producer = producer(Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, codec))) {
            for (int i = 0; i < 300; i++) {
                byte[] value;
                switch (i % 4) {
                    case 0 -> {
                        value = new byte[random.nextInt(3000)];
                        random.nextBytes(value);
                    }
                    case 1 -> value = bytes(("repeated text " + i + " ").repeat(1 + i % 50));
                    case 2 -> value = i % 8 == 2 ? null : new byte[0];
                    default -> value = bytes("v-" + i);
                }
                byte[] key = i % 10 == 0 ? null : bytes("k-" + i);
                List<Header> headers = new ArrayList<>();
                if (i % 3 == 0) {
                    headers.add(new RecordHeader("h1", bytes("x" + i)));
                    headers.add(new RecordHeader("dup", bytes("a")));
                    headers.add(new RecordHeader("dup", null));
                }
                ProducerRecord<byte[], byte[]> record =
                        new ProducerRecord<>(topic, i % 2, base + i, key, value, headers);
                records.add(record);
                futures.add(producer.send(record));
            }
            producer.flush();
            for (int i = 0; i < records.size(); i++) {
                sent.add(new Sent(records.get(i), futures.get(i).get()));
            }
        }
        List<ConsumerRecord<byte[], byte[]>> got;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(Map.of())) {
            got = readToEnd(consumer, partitions(topic, 2));
        }
        if (got.size() != sent.size()) {
            return "read back " + got.size() + " of " + sent.size() + " records";
        }
        Map<String, ConsumerRecord<byte[], byte[]>> byPosition = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : got) {
            byPosition.put(r.partition() + "@" + r.offset(), r);
        }
        Map<Integer, Long> nextOffset = new TreeMap<>();
        for (Sent s : sent) {
            int partition = s.meta.partition();
            long expectedOffset = nextOffset.getOrDefault(partition, 0L);
            if (s.meta.offset() != expectedOffset) {
                return "partition " + partition + ": acknowledged offset " + s.meta.offset() + ", expected " + expectedOffset;
            }
            nextOffset.put(partition, expectedOffset + 1);
            ConsumerRecord<byte[], byte[]> r = byPosition.get(partition + "@" + s.meta.offset());
            String where = "record at " + partition + "@" + s.meta.offset();
            if (r == null) {
                return where + " missing";
            }
            if (!Arrays.equals(s.record.key(), r.key()) || !Arrays.equals(s.record.value(), r.value())) {
                return where + ": key or value differ";
            }
            if (s.record.timestamp() != r.timestamp()) {
                return where + ": timestamp " + r.timestamp() + " != " + s.record.timestamp();
            }
            Header[] want = s.record.headers().toArray();
            Header[] have = r.headers().toArray();
            if (want.length != have.length) {
                return where + ": " + have.length + " headers, expected " + want.length;
            }
            for (int h = 0; h < want.length; h++) {
                if (!want[h].key().equals(have[h].key()) || !Arrays.equals(want[h].value(), have[h].value())) {
                    return where + ": header " + h + " differs";
                }
            }
        }
        // The producer was idempotent: the broker tracks its producer id on each partition.
        TopicPartition tp0 = new TopicPartition(topic, 0);
        List<ProducerState> states = admin.describeProducers(List.of(tp0)).partitionResult(tp0).get().activeProducers();
        if (states.size() != 1 || states.get(0).producerId() < 0 || states.get(0).lastSequence() != 149) {
            return "describeProducers on " + tp0 + ": " + states + " (expected one producer, last sequence 149)";
        }
        return null;
    }

    // ------------------------------------------------------------------ group

    private void group(String protocol) throws Exception {
        String topic = prefix + "-group-" + protocol;
        String group = prefix + "-g-" + protocol;
        List<TopicPartition> tps = partitions(topic, 4);
        try (Admin admin = admin()) {
            createTopic(admin, topic, 4);
            produceNumbered(topic, 0, 400, 4);
            Map<String, String> config = Map.of(ConsumerConfig.GROUP_ID_CONFIG, group,
                    ConsumerConfig.GROUP_PROTOCOL_CONFIG, protocol);
            Set<String> firstPass = new HashSet<>();
            try (KafkaConsumer<byte[], byte[]> a = consumer(config)) {
                a.subscribe(List.of(topic));
                check("group_consume_all", () -> {
                    Map<Integer, Long> last = new HashMap<>();
                    long deadline = System.currentTimeMillis() + WAIT_MS;
                    while (firstPass.size() < 400 && System.currentTimeMillis() < deadline) {
                        for (ConsumerRecord<byte[], byte[]> r : a.poll(POLL)) {
                            if (r.offset() <= last.getOrDefault(r.partition(), -1L)) {
                                return "offsets went backwards on partition " + r.partition();
                            }
                            last.put(r.partition(), r.offset());
                            if (!firstPass.add(text(r.value()))) {
                                return "duplicate " + text(r.value());
                            }
                        }
                    }
                    return expect(400, firstPass.size(), "records consumed by the only member");
                });
                check("group_describe_stable", () -> {
                    ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                    int assigned = d.members().stream().mapToInt(m -> m.assignment().topicPartitions().size()).sum();
                    GroupType type = protocol.equals("consumer") ? GroupType.CONSUMER : GroupType.CLASSIC;
                    return all(expect(GroupState.STABLE, d.groupState(), "state"),
                            expect(type, d.type(), "type"),
                            expect(1, d.members().size(), "members"),
                            expect(4, assigned, "assigned partitions"),
                            expect(1, d.coordinator() == null ? 0 : 1, "coordinator known"));
                });
                a.commitSync();
                check("group_committed_offsets", () -> {
                    Map<TopicPartition, OffsetAndMetadata> committed =
                            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, Long> ends = new HashMap<>();
                    admin.listOffsets(tps.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                            .all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
                    Map<TopicPartition, Long> offsets = new HashMap<>();
                    committed.forEach((tp, om) -> offsets.put(tp, om.offset()));
                    long total = ends.values().stream().mapToLong(Long::longValue).sum();
                    return all(expect(ends, offsets, "committed offsets vs log end offsets"),
                            expect(400L, total, "sum of end offsets"));
                });
            }
            produceNumbered(topic, 400, 100, 4);
            KafkaConsumer<byte[], byte[]> b = consumer(config);
            KafkaConsumer<byte[], byte[]> c = consumer(config);
            try {
                // Each member commits what it consumed before giving a partition up, so the
                // other member resumes where it stopped: no record is delivered twice.
                b.subscribe(List.of(topic), new CommitOnRevoke(b));
                c.subscribe(List.of(topic), new CommitOnRevoke(c));
                Set<String> secondPass = new HashSet<>();
                List<String> duplicates = new ArrayList<>();
                check("group_rebalance_two_members", () -> {
                    long deadline = System.currentTimeMillis() + WAIT_MS;
                    while (System.currentTimeMillis() < deadline) {
                        for (KafkaConsumer<byte[], byte[]> member : List.of(b, c)) {
                            ConsumerRecords<byte[], byte[]> polled = member.poll(POLL);
                            for (ConsumerRecord<byte[], byte[]> r : polled) {
                                if (!secondPass.add(text(r.value()))) {
                                    duplicates.add(text(r.value()));
                                }
                            }
                            if (!polled.isEmpty()) {
                                member.commitSync();
                            }
                        }
                        Set<TopicPartition> ab = b.assignment();
                        Set<TopicPartition> ac = c.assignment();
                        Set<TopicPartition> union = new HashSet<>(ab);
                        union.addAll(ac);
                        if (!ab.isEmpty() && !ac.isEmpty() && union.size() == 4 && ab.size() + ac.size() == 4
                                && secondPass.size() >= 100) {
                            return null;
                        }
                    }
                    return "assignments " + b.assignment() + " / " + c.assignment() + ", consumed " + secondPass.size();
                });
                check("group_resume_from_committed", () -> {
                    for (int i = 0; i < 400; i++) {
                        if (secondPass.contains("n-" + i)) {
                            return "record n-" + i + " was consumed again after its offset was committed";
                        }
                    }
                    Set<String> want = new HashSet<>();
                    for (int i = 400; i < 500; i++) {
                        want.add("n-" + i);
                    }
                    return all(expect(want, secondPass, "records after the commit"),
                            expect(List.of(), duplicates, "duplicates"));
                });
                check("group_describe_two_members", () -> {
                    ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                    return all(expect(GroupState.STABLE, d.groupState(), "state"),
                            expect(2, d.members().size(), "members"));
                });
                b.commitSync();
                c.commitSync();
            } finally {
                b.close();
                c.close();
            }
            check("group_empty_after_close", () -> {
                long deadline = System.currentTimeMillis() + WAIT_MS;
                ConsumerGroupDescription d = null;
                while (System.currentTimeMillis() < deadline) {
                    d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                    if (d.groupState() == GroupState.EMPTY) {
                        break;
                    }
                    Thread.sleep(200);
                }
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                long total = committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
                return all(expect(GroupState.EMPTY, d == null ? null : d.groupState(), "state after both left"),
                        expect(0, d == null ? -1 : d.members().size(), "members"),
                        expect(500L, total, "sum of committed offsets"));
            });
        }
    }

    /** Commits the consumer's positions before a rebalance takes partitions away. */
    private record CommitOnRevoke(KafkaConsumer<byte[], byte[]> consumer)
            implements org.apache.kafka.clients.consumer.ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                consumer.commitSync();
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }
    }

    /** Values n-FROM .. n-(FROM+COUNT-1), round-robin over the partitions, acknowledged. */
    private void produceNumbered(String topic, int from, int count, int partitionCount) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer(Map.of())) {
            for (int i = from; i < from + count; i++) {
                producer.send(new ProducerRecord<>(topic, i % partitionCount, bytes("k-" + i), bytes("n-" + i)));
            }
            producer.flush();
        }
    }

    // ------------------------------------------------------------------ admin

    private void adminChecks() throws Exception {
        String a = prefix + "-a";
        String b = prefix + "-b";
        String missing = prefix + "-missing";
        String group = prefix + "-admin-group";
        try (Admin admin = admin()) {
            check("create_topics", () -> {
                NewTopic ta = new NewTopic(a, 3, (short) 1).configs(Map.of("retention.ms", "3600000"));
                admin.createTopics(List.of(ta, new NewTopic(b, 1, (short) 1))).all().get();
                admin.createTopics(List.of(new NewTopic(prefix + "-validate", 2, (short) 1)),
                        new CreateTopicsOptions().validateOnly(true)).all().get();
                Set<String> names = admin.listTopics().names().get();
                return all(expect(true, names.contains(a) && names.contains(b), "both topics listed"),
                        expect(false, names.contains(prefix + "-validate"), "validate-only topic listed"),
                        expect("TopicExistsException", errorOf(() -> admin.createTopics(
                                List.of(new NewTopic(b, 1, (short) 1))).all().get()), "creating an existing topic"),
                        expect("InvalidReplicationFactorException", errorOf(() -> admin.createTopics(
                                List.of(new NewTopic(prefix + "-rf3", 1, (short) 3))).all().get()),
                                "replication factor 3 on one broker"));
            });
            check("list_topics", () -> {
                Map<String, org.apache.kafka.clients.admin.TopicListing> listings = admin.listTopics().namesToListings().get();
                Map<String, org.apache.kafka.clients.admin.TopicListing> withInternal =
                        admin.listTopics(new ListTopicsOptions().listInternal(true)).namesToListings().get();
                boolean internalHidden = listings.values().stream().noneMatch(l -> l.isInternal());
                return all(expect(true, internalHidden, "internal topics hidden by default"),
                        expect(true, withInternal.keySet().containsAll(listings.keySet()), "listInternal is a superset"),
                        expect(false, listings.get(a).isInternal(), "user topic internal"),
                        expect(true, !listings.get(a).topicId().equals(Uuid.ZERO_UUID), "topic id set"));
            });
            check("describe_topics", () -> {
                TopicDescription d = admin.describeTopics(List.of(a)).allTopicNames().get().get(a);
                Collection<Node> nodes = admin.describeCluster().nodes().get();
                int nodeId = nodes.iterator().next().id();
                for (TopicPartitionInfo p : d.partitions()) {
                    String problem = all(expect(nodeId, p.leader() == null ? null : p.leader().id(), "leader of " + p.partition()),
                            expect(1, p.replicas().size(), "replicas"), expect(1, p.isr().size(), "isr"));
                    if (problem != null) {
                        return problem;
                    }
                }
                return all(expect(3, d.partitions().size(), "partitions"), expect(false, d.isInternal(), "internal"),
                        expect(true, !d.topicId().equals(Uuid.ZERO_UUID), "topic id set"),
                        expect("UnknownTopicOrPartitionException",
                                errorOf(() -> admin.describeTopics(List.of(missing)).allTopicNames().get()),
                                "describing a missing topic"));
            });
            check("create_partitions", () -> {
                admin.createPartitions(Map.of(b, NewPartitions.increaseTo(3))).all().get();
                int count = admin.describeTopics(List.of(b)).allTopicNames().get().get(b).partitions().size();
                return all(expect(3, count, "partitions after increaseTo(3)"),
                        expect("InvalidPartitionsException",
                                errorOf(() -> admin.createPartitions(Map.of(b, NewPartitions.increaseTo(2))).all().get()),
                                "shrinking to 2"),
                        expect("UnknownTopicOrPartitionException",
                                errorOf(() -> admin.createPartitions(Map.of(missing, NewPartitions.increaseTo(2))).all().get()),
                                "growing a missing topic"));
            });
            ConfigResource topicA = new ConfigResource(ConfigResource.Type.TOPIC, a);
            check("describe_configs", () -> {
                Config topicConfig = admin.describeConfigs(List.of(topicA)).all().get().get(topicA);
                ConfigEntry retention = topicConfig.get("retention.ms");
                ConfigEntry cleanup = topicConfig.get("cleanup.policy");
                String nodeId = String.valueOf(admin.describeCluster().nodes().get().iterator().next().id());
                ConfigResource brokerRes = new ConfigResource(ConfigResource.Type.BROKER, nodeId);
                Config brokerConfig = admin.describeConfigs(List.of(brokerRes)).all().get().get(brokerRes);
                ConfigEntry partitions = brokerConfig.get("num.partitions");
                return all(expect("3600000", retention == null ? null : retention.value(), "retention.ms"),
                        expect(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG, retention == null ? null : retention.source(),
                                "retention.ms source"),
                        expect("delete", cleanup == null ? null : cleanup.value(), "cleanup.policy"),
                        expect(ConfigEntry.ConfigSource.DEFAULT_CONFIG, cleanup == null ? null : cleanup.source(),
                                "cleanup.policy source"),
                        expect(true, topicConfig.entries().size() > 20, "every topic config listed (" + topicConfig.entries().size() + ")"),
                        expect("4", partitions == null ? null : partitions.value(), "broker num.partitions"),
                        expect("UnknownTopicOrPartitionException", errorOf(() -> admin.describeConfigs(
                                List.of(new ConfigResource(ConfigResource.Type.TOPIC, missing))).all().get()),
                                "configs of a missing topic"));
            });
            check("incremental_alter_configs", () -> {
                // Kafka applies a config change through its metadata log, so a describe right
                // after the alter may still show the old value: each step waits for its values.
                alter(admin, topicA, new AlterConfigOp(new ConfigEntry("retention.ms", "7200000"), AlterConfigOp.OpType.SET),
                        new AlterConfigOp(new ConfigEntry("max.message.bytes", "500000"), AlterConfigOp.OpType.SET));
                Config c1 = awaitConfig(admin, topicA, Map.of("retention.ms", "7200000", "max.message.bytes", "500000"));
                alter(admin, topicA, new AlterConfigOp(new ConfigEntry("retention.ms", ""), AlterConfigOp.OpType.DELETE),
                        new AlterConfigOp(new ConfigEntry("cleanup.policy", "compact"), AlterConfigOp.OpType.APPEND));
                Config c2 = awaitConfig(admin, topicA, Map.of("retention.ms", "604800000", "cleanup.policy", "delete,compact"));
                alter(admin, topicA, new AlterConfigOp(new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.SUBTRACT));
                Config c3 = awaitConfig(admin, topicA, Map.of("cleanup.policy", "compact"));
                return all(expect("7200000", c1.get("retention.ms").value(), "retention.ms after SET"),
                        expect("500000", c1.get("max.message.bytes").value(), "max.message.bytes after SET"),
                        expect("604800000", c2.get("retention.ms").value(), "retention.ms after DELETE"),
                        expect(ConfigEntry.ConfigSource.DEFAULT_CONFIG, c2.get("retention.ms").source(), "source after DELETE"),
                        expect("delete,compact", c2.get("cleanup.policy").value(), "cleanup.policy after APPEND"),
                        expect("compact", c3.get("cleanup.policy").value(), "cleanup.policy after SUBTRACT"),
                        expect("InvalidConfigurationException", errorOf(() -> alter(admin, topicA,
                                new AlterConfigOp(new ConfigEntry("no.such.config", "1"), AlterConfigOp.OpType.SET))),
                                "setting an unknown config"),
                        expect("InvalidConfigurationException", errorOf(() -> alter(admin, topicA,
                                new AlterConfigOp(new ConfigEntry("retention.ms", "soon"), AlterConfigOp.OpType.SET))),
                                "setting a non-numeric retention.ms"));
            });
            TopicPartition b0 = new TopicPartition(b, 0);
            TopicPartition a0 = new TopicPartition(a, 0);
            long t0 = System.currentTimeMillis() - 100_000;
            try (KafkaProducer<byte[], byte[]> producer = producer(Map.of())) {
                for (int i = 0; i < 10; i++) {
                    producer.send(new ProducerRecord<>(b, 0, bytes("k"), bytes("b-" + i)));
                }
                for (int i = 0; i < 5; i++) {
                    producer.send(new ProducerRecord<>(a, 0, t0 + i * 1000L, bytes("k"), bytes("a-" + i)));
                }
                producer.flush();
            }
            check("list_offsets", () -> {
                Map<String, Long> offsets = new LinkedHashMap<>();
                offsets.put("earliest", admin.listOffsets(Map.of(a0, OffsetSpec.earliest())).partitionResult(a0).get().offset());
                offsets.put("latest", admin.listOffsets(Map.of(a0, OffsetSpec.latest())).partitionResult(a0).get().offset());
                offsets.put("latest_committed", admin.listOffsets(Map.of(a0, OffsetSpec.latest()),
                        new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).partitionResult(a0).get().offset());
                offsets.put("ts_exact", admin.listOffsets(Map.of(a0, OffsetSpec.forTimestamp(t0 + 2000))).partitionResult(a0).get().offset());
                offsets.put("ts_between", admin.listOffsets(Map.of(a0, OffsetSpec.forTimestamp(t0 + 2500))).partitionResult(a0).get().offset());
                offsets.put("ts_before", admin.listOffsets(Map.of(a0, OffsetSpec.forTimestamp(t0 - 5000))).partitionResult(a0).get().offset());
                offsets.put("ts_after", admin.listOffsets(Map.of(a0, OffsetSpec.forTimestamp(t0 + 60_000))).partitionResult(a0).get().offset());
                offsets.put("max_timestamp", admin.listOffsets(Map.of(a0, OffsetSpec.maxTimestamp())).partitionResult(a0).get().offset());
                long tsOfMax = admin.listOffsets(Map.of(a0, OffsetSpec.forTimestamp(t0 + 2000))).partitionResult(a0).get().timestamp();
                Map<String, Long> want = new LinkedHashMap<>();
                want.put("earliest", 0L);
                want.put("latest", 5L);
                want.put("latest_committed", 5L);
                want.put("ts_exact", 2L);
                want.put("ts_between", 3L);
                want.put("ts_before", 0L);
                want.put("ts_after", -1L);
                want.put("max_timestamp", 4L);
                return all(expect(want, offsets, "offsets"), expect(t0 + 2000, tsOfMax, "timestamp returned for ts_exact"),
                        expect("UnknownTopicOrPartitionException", errorOf(() -> admin.listOffsets(
                                Map.of(new TopicPartition(missing, 0), OffsetSpec.latest())).all().get()),
                                "offsets of a missing topic"));
            });
            check("delete_records", () -> {
                long low = admin.deleteRecords(Map.of(b0, RecordsToDelete.beforeOffset(4))).lowWatermarks().get(b0).get().lowWatermark();
                long earliest = admin.listOffsets(Map.of(b0, OffsetSpec.earliest())).partitionResult(b0).get().offset();
                List<ConsumerRecord<byte[], byte[]>> rest;
                try (KafkaConsumer<byte[], byte[]> consumer = consumer(Map.of())) {
                    rest = readToEnd(consumer, List.of(b0));
                }
                String first = rest.isEmpty() ? null : text(rest.get(0).value());
                return all(expect(4L, low, "low watermark"), expect(4L, earliest, "earliest offset after delete"),
                        expect(6, rest.size(), "records left"), expect("b-4", first, "first record left"),
                        expect("OffsetOutOfRangeException", errorOf(() -> admin.deleteRecords(
                                Map.of(b0, RecordsToDelete.beforeOffset(99))).all().get()), "deleting past the end"));
            });
            check("describe_cluster", () -> {
                DescribeClusterResult cluster = admin.describeCluster();
                String id = cluster.clusterId().get();
                Collection<Node> nodes = cluster.nodes().get();
                Node node = nodes.iterator().next();
                Node controller = cluster.controller().get();
                String port = bootstrap.substring(bootstrap.lastIndexOf(':') + 1);
                return all(expect(true, id != null && !id.isEmpty(), "cluster id set"),
                        expect(1, nodes.size(), "nodes"),
                        expect(port, String.valueOf(node.port()), "node port"),
                        expect(true, controller != null && !controller.isEmpty(), "controller known"));
            });
            Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
            commit.put(new TopicPartition(a, 0), new OffsetAndMetadata(3, "meta-a0"));
            commit.put(new TopicPartition(a, 1), new OffsetAndMetadata(0, ""));
            commit.put(new TopicPartition(b, 0), new OffsetAndMetadata(5, "meta-b0"));
            try (KafkaConsumer<byte[], byte[]> consumer = consumer(Map.of(ConsumerConfig.GROUP_ID_CONFIG, group))) {
                consumer.commitSync(commit);
            }
            check("list_groups", () -> {
                Collection<GroupListing> groups = admin.listGroups().all().get();
                Optional<GroupListing> mine = groups.stream().filter(g -> g.groupId().equals(group)).findFirst();
                return all(expect(true, mine.isPresent(), "group listed"),
                        expect(Optional.of(GroupState.EMPTY), mine.flatMap(GroupListing::groupState), "state"),
                        expect(Optional.of(GroupType.CLASSIC), mine.flatMap(GroupListing::type), "type"));
            });
            check("describe_groups", () -> {
                ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                return all(expect(GroupState.EMPTY, d.groupState(), "state"), expect(0, d.members().size(), "members"),
                        expect(GroupType.CLASSIC, d.type(), "type"));
            });
            check("list_group_offsets", () -> {
                Map<TopicPartition, OffsetAndMetadata> got =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                return expect(summary(commit), summary(got), "committed offsets with metadata");
            });
            check("alter_group_offsets", () -> {
                admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(a, 0), new OffsetAndMetadata(1, "altered")))
                        .all().get();
                Map<TopicPartition, OffsetAndMetadata> got =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata a0now = got.get(new TopicPartition(a, 0));
                return all(expect(1L, a0now == null ? null : a0now.offset(), "offset after alter"),
                        expect("altered", a0now == null ? null : a0now.metadata(), "metadata after alter"),
                        expect(3, got.size(), "partitions committed"));
            });
            check("delete_group_offsets", () -> {
                admin.deleteConsumerGroupOffsets(group, Set.of(new TopicPartition(b, 0))).all().get();
                Map<TopicPartition, OffsetAndMetadata> got =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                return all(expect(Set.of(new TopicPartition(a, 0), new TopicPartition(a, 1)), got.keySet(),
                        "partitions left after deleting " + b + "-0"));
            });
            check("delete_groups", () -> {
                admin.deleteConsumerGroups(List.of(group)).all().get();
                Collection<GroupListing> groups = admin.listGroups().all().get();
                return all(expect(false, groups.stream().anyMatch(g -> g.groupId().equals(group)), "group listed after delete"),
                        expect("GroupIdNotFoundException",
                                errorOf(() -> admin.deleteConsumerGroups(List.of(group)).all().get()),
                                "deleting it again"));
            });
            check("delete_topics", () -> {
                admin.deleteTopics(List.of(a, b)).all().get();
                long deadline = System.currentTimeMillis() + WAIT_MS;
                Set<String> names = admin.listTopics().names().get();
                while ((names.contains(a) || names.contains(b)) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                    names = admin.listTopics().names().get();
                }
                return all(expect(false, names.contains(a) || names.contains(b), "topics listed after delete"),
                        expect("UnknownTopicOrPartitionException",
                                errorOf(() -> admin.deleteTopics(List.of(missing)).all().get()), "deleting a missing topic"));
            });
        }
    }

    private static Object alter(Admin admin, ConfigResource resource, AlterConfigOp... ops) throws Exception {
        Map<ConfigResource, Collection<AlterConfigOp>> request = new HashMap<>();
        request.put(resource, Arrays.asList(ops));
        return admin.incrementalAlterConfigs(request).all().get();
    }

    /** The resource's configs once every name has the wanted value (or after 10 s, as they are). */
    private static Config awaitConfig(Admin admin, ConfigResource resource, Map<String, String> wanted) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            boolean done = wanted.entrySet().stream().allMatch(
                    e -> config.get(e.getKey()) != null && e.getValue().equals(config.get(e.getKey()).value()));
            if (done || System.currentTimeMillis() > deadline) {
                return config;
            }
            Thread.sleep(100);
        }
    }

    private static Map<String, String> summary(Map<TopicPartition, OffsetAndMetadata> offsets) {
        Map<String, String> out = new TreeMap<>();
        offsets.forEach((tp, om) -> out.put(tp.toString(), om.offset() + ":" + om.metadata()));
        return out;
    }

    // ------------------------------------------------------------------ transactions

    private void txn() throws Exception {
        String topic = prefix + "-txn";
        String tid = prefix + "-tid";
        String group = prefix + "-txn-group";
        List<TopicPartition> tps = partitions(topic, 3);
        try (Admin admin = admin()) {
            createTopic(admin, topic, 3);
            Map<String, String> txnConfig = Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, tid);
            KafkaProducer<byte[], byte[]> producer = producer(txnConfig);
            try {
                producer.initTransactions();
                sendTxn(producer, topic, "c1", true);
                sendTxn(producer, topic, "a1", false);
                sendTxn(producer, topic, "c2", true);
                check("txn_read_committed", () -> {
                    List<String> values = values(topic, tps, "read_committed");
                    return expect(expectedValues("c1", "c2"), values, "read_committed values (partition, offset order)");
                });
                check("txn_read_uncommitted", () -> {
                    List<String> values = values(topic, tps, "read_uncommitted");
                    return expect(expectedValues("c1", "a1", "c2"), values, "read_uncommitted values");
                });
                check("txn_describe_complete", () -> {
                    TransactionDescription d = admin.describeTransactions(List.of(tid)).description(tid).get();
                    Collection<TransactionListing> listed = admin.listTransactions().all().get();
                    boolean found = listed.stream().anyMatch(l -> l.transactionalId().equals(tid)
                            && l.producerId() == d.producerId());
                    return all(expect("CompleteCommit", d.state().toString(), "state after commit"),
                            expect(true, found, "listed by listTransactions"),
                            expect(0, d.topicPartitions().size(), "partitions of a completed transaction"));
                });
                // An open transaction holds back the last stable offset.
                producer.beginTransaction();
                for (int p = 0; p < 3; p++) {
                    producer.send(new ProducerRecord<>(topic, p, bytes("k"), bytes("o1-" + p)));
                }
                producer.flush();
                check("txn_open_holds_lso", () -> {
                    Map<TopicPartition, OffsetSpec> latest = tps.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                    long hw = admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
                    long lso = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                            .all().get().values().stream().mapToLong(i -> i.offset()).sum();
                    List<String> committed = values(topic, tps, "read_committed");
                    TransactionDescription d = admin.describeTransactions(List.of(tid)).description(tid).get();
                    TopicPartition tp0 = new TopicPartition(topic, 0);
                    List<ProducerState> states = admin.describeProducers(List.of(tp0)).partitionResult(tp0).get().activeProducers();
                    boolean open = states.stream().anyMatch(s -> s.currentTransactionStartOffset().isPresent());
                    // per partition: 3 c1 + 1 marker + 3 a1 + 1 marker + 3 c2 + 1 marker = 12, then 1 open record
                    return all(expect(39L, hw, "high watermarks"), expect(36L, lso, "last stable offsets"),
                            expect(expectedValues("c1", "c2"), committed, "read_committed during the open transaction"),
                            expect("Ongoing", d.state().toString(), "state"),
                            expect(3, d.topicPartitions().size(), "partitions in the transaction"),
                            expect(true, open, "describeProducers shows the open transaction"));
                });
                // Offsets committed inside the transaction (AddOffsetsToTxn, TxnOffsetCommit).
                Map<TopicPartition, OffsetAndMetadata> offsets = Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(7, "in-txn"));
                producer.sendOffsetsToTransaction(offsets, new org.apache.kafka.clients.consumer.ConsumerGroupMetadata(group));
                producer.commitTransaction();
                check("txn_offsets_committed", () -> {
                    Map<TopicPartition, OffsetAndMetadata> got =
                            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                    List<String> committed = values(topic, tps, "read_committed");
                    return all(expect(summary(offsets), summary(got), "group offsets after commit"),
                            expect(3, committed.stream().filter(v -> v.startsWith("o1-")).count() == 3 ? 3 : 0,
                                    "records of the committed open transaction"));
                });
                // A second producer with the same transactional id fences the first.
                check("txn_fencing", () -> {
                    try (KafkaProducer<byte[], byte[]> second = producer(txnConfig)) {
                        second.initTransactions();
                        String error = errorOf(() -> {
                            producer.beginTransaction();
                            producer.send(new ProducerRecord<>(topic, 0, bytes("k"), bytes("zombie"))).get();
                            producer.commitTransaction();
                            return null;
                        });
                        second.beginTransaction();
                        second.send(new ProducerRecord<>(topic, 1, bytes("k"), bytes("second"))).get();
                        second.commitTransaction();
                        List<String> committed = values(topic, tps, "read_committed");
                        // Transaction protocol v1: AddPartitionsToTxn answers PRODUCER_FENCED; v2
                        // (KIP-890, finalized by Kafka 4.2) has the Produce answer INVALID_PRODUCER_EPOCH.
                        boolean fenced = error.equals("ProducerFencedException") || error.equals("InvalidProducerEpochException");
                        return all(expect(true, fenced, "the fenced producer's error is a fencing error (" + error + ")"),
                                expect(false, committed.contains("zombie"), "zombie record visible"),
                                expect(true, committed.contains("second"), "second producer's record visible"));
                    }
                });
            } finally {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    /**
     * Leaves data for the CLI tests: topic PREFIX-txn-data (3 partitions) with transactions c1
     * (committed), a1 (aborted) and c2 (committed) from transactional id PREFIX-tid, each
     * writing TAG-0..TAG-8 round-robin over the partitions.
     */
    private void txnData() throws Exception {
        String topic = prefix + "-txn-data";
        try (Admin admin = admin()) {
            createTopic(admin, topic, 3);
        }
        try (KafkaProducer<byte[], byte[]> producer = producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, prefix + "-tid"))) {
            producer.initTransactions();
            sendTxn(producer, topic, "c1", true);
            sendTxn(producer, topic, "a1", false);
            sendTxn(producer, topic, "c2", true);
        }
        record("txn_data_written", true, topic);
    }

    /** One transaction writing TAG-0..TAG-8 round-robin over 3 partitions, committed or aborted. */
    private static void sendTxn(KafkaProducer<byte[], byte[]> producer, String topic, String tag, boolean commit) {
        producer.beginTransaction();
        for (int i = 0; i < 9; i++) {
            producer.send(new ProducerRecord<>(topic, i % 3, bytes("k"), bytes(tag + "-" + i)));
        }
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.flush();
            producer.abortTransaction();
        }
    }

    /** The values the tags' transactions wrote, in partition then offset order. */
    private static List<String> expectedValues(String... tags) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            for (String tag : tags) {
                for (int i = p; i < 9; i += 3) {
                    out.add(tag + "-" + i);
                }
            }
        }
        return out;
    }

    private List<String> values(String topic, List<TopicPartition> tps, String isolation) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation))) {
            List<ConsumerRecord<byte[], byte[]>> records = readToEnd(consumer, tps);
            records.sort((x, y) -> x.partition() != y.partition() ? Integer.compare(x.partition(), y.partition())
                    : Long.compare(x.offset(), y.offset()));
            return records.stream().map(r -> text(r.value())).collect(Collectors.toList());
        }
    }
}
