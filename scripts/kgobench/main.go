// kgobench: a load client for scripts/bench built on franz-go's kgo (Go module proxy).
//
// franz-go's own examples/bench is a nested module that the Go module proxy does not serve
// (404 for github.com/twmb/franz-go/examples/bench), so scripts/bench builds this small
// equivalent instead. It prints one JSON object on stdout.
//
//	kgobench -mode produce -brokers 127.0.0.1:9092 -topic t -records 1000000 -size 100 -acks 1 -compression lz4
//	kgobench -mode consume -brokers 127.0.0.1:9092 -topic t -records 1000000
//	kgobench -mode e2e -brokers 127.0.0.1:9092 -topic t -rate 20000 -seconds 20 -size 1024 -acks all
//
// produce: -records records of -size bytes as fast as the client goes (-linger, -batch-bytes),
// round-robin over the topic's partitions; the time runs from the first Produce call to the end
// of Flush. consume: a groupless consumer from the start of every partition until -records
// records arrived. e2e: a producer at a fixed -rate for -seconds and a consumer in the same
// process; the latency of each record is its arrival at the consumer minus the time it was
// handed to the producer (one clock), reported as percentiles. consume's time runs from its
// first poll.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

type result struct {
	Mode        string  `json:"mode"`
	Records     int64   `json:"records"`
	Bytes       int64   `json:"bytes"`
	Seconds     float64 `json:"seconds"`
	RecordsPerS float64 `json:"records_per_s"`
	MBPerS      float64 `json:"mb_per_s"`
	P50Ms       float64 `json:"latency_p50_ms,omitempty"`
	P99Ms       float64 `json:"latency_p99_ms,omitempty"`
	P999Ms      float64 `json:"latency_p999_ms,omitempty"`
	MaxMs       float64 `json:"latency_max_ms,omitempty"`
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "kgobench: "+format+"\n", args...)
	os.Exit(1)
}

func percentiles(r *result, samples []time.Duration) {
	if len(samples) == 0 {
		return
	}
	sort.Slice(samples, func(i, j int) bool { return samples[i] < samples[j] })
	at := func(q float64) float64 {
		i := int(q * float64(len(samples)))
		if i >= len(samples) {
			i = len(samples) - 1
		}
		return float64(samples[i].Microseconds()) / 1000
	}
	r.P50Ms, r.P99Ms, r.P999Ms = at(0.50), at(0.99), at(0.999)
	r.MaxMs = float64(samples[len(samples)-1].Microseconds()) / 1000
}

func producerOpts(brokers, topic, acks, compression string, linger time.Duration, batchBytes int) []kgo.Opt {
	opts := []kgo.Opt{
		kgo.SeedBrokers(brokers), kgo.DefaultProduceTopic(topic),
		kgo.ProducerLinger(linger), kgo.ProducerBatchMaxBytes(int32(batchBytes)),
		kgo.MaxBufferedRecords(1 << 20), kgo.RecordPartitioner(kgo.RoundRobinPartitioner()),
	}
	switch acks {
	case "all", "-1":
		opts = append(opts, kgo.RequiredAcks(kgo.AllISRAcks()))
	case "1":
		// Idempotent writes need acks=all (as with the Java client's default idempotence).
		opts = append(opts, kgo.RequiredAcks(kgo.LeaderAck()), kgo.DisableIdempotentWrite())
	default:
		fail("-acks %q: want 1 or all", acks)
	}
	switch compression {
	case "none":
		opts = append(opts, kgo.ProducerBatchCompression(kgo.NoCompression()))
	case "lz4":
		opts = append(opts, kgo.ProducerBatchCompression(kgo.Lz4Compression()))
	case "zstd":
		opts = append(opts, kgo.ProducerBatchCompression(kgo.ZstdCompression()))
	default:
		fail("-compression %q: want none, lz4 or zstd", compression)
	}
	return opts
}

func main() {
	mode := flag.String("mode", "produce", "produce, consume or e2e")
	brokers := flag.String("brokers", "127.0.0.1:9092", "seed broker")
	topic := flag.String("topic", "", "topic (must exist)")
	records := flag.Int64("records", 1_000_000, "records to produce or consume")
	size := flag.Int("size", 100, "bytes per record value")
	acks := flag.String("acks", "1", "1 or all")
	compression := flag.String("compression", "none", "none, lz4 or zstd")
	linger := flag.Duration("linger", 5*time.Millisecond, "producer linger")
	batchBytes := flag.Int("batch-bytes", 131072, "producer batch size in bytes")
	rate := flag.Float64("rate", 10000, "e2e: records per second")
	seconds := flag.Float64("seconds", 20, "e2e: how long to produce")
	flag.Parse()
	if *topic == "" {
		fail("-topic is required")
	}
	payload := make([]byte, *size)
	rand.New(rand.NewSource(1)).Read(payload)
	ctx := context.Background()
	var out result
	switch *mode {
	case "produce":
		out = produce(ctx, producerOpts(*brokers, *topic, *acks, *compression, *linger, *batchBytes), payload, *records)
	case "consume":
		out = consume(ctx, *brokers, *topic, *records, nil)
	case "e2e":
		out = endToEnd(ctx, *brokers, *topic, producerOpts(*brokers, *topic, *acks, *compression, *linger, *batchBytes),
			payload, *rate, *seconds)
	default:
		fail("-mode %q: want produce, consume or e2e", *mode)
	}
	out.Mode = *mode
	if out.Seconds > 0 {
		out.RecordsPerS = float64(out.Records) / out.Seconds
		out.MBPerS = float64(out.Bytes) / out.Seconds / 1e6
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fail("%v", err)
	}
}

func produce(ctx context.Context, opts []kgo.Opt, payload []byte, records int64) result {
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		fail("client: %v", err)
	}
	defer cl.Close()
	var failed atomic.Int64
	var firstErr atomic.Value
	done := func(_ *kgo.Record, err error) {
		if err != nil && failed.Add(1) == 1 {
			firstErr.Store(err)
		}
	}
	started := time.Now()
	for i := int64(0); i < records; i++ {
		cl.Produce(ctx, &kgo.Record{Value: payload}, done)
	}
	if err := cl.Flush(ctx); err != nil {
		fail("flush: %v", err)
	}
	elapsed := time.Since(started)
	if n := failed.Load(); n > 0 {
		fail("%d records failed, first: %v", n, firstErr.Load())
	}
	return result{Records: records, Bytes: records * int64(len(payload)), Seconds: elapsed.Seconds()}
}

// consume reads from the start of every partition until want records arrived. With latencies
// non-nil, it appends each record's age (now minus its producer-side timestamp) and stops at
// the first record whose value is the end marker (an empty value) instead of counting.
func consume(ctx context.Context, brokers, topic string, want int64, latencies *[]time.Duration) result {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers), kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchMaxBytes(64<<20),
		kgo.FetchMaxPartitionBytes(16<<20))
	if err != nil {
		fail("client: %v", err)
	}
	defer cl.Close()
	var got, bytes int64
	// From the first poll: it includes the metadata and ListOffsets round trips (a few ms), as
	// a fetch from a new consumer does.
	started := time.Now()
	deadline := started.Add(10 * time.Minute)
	for {
		if time.Now().After(deadline) {
			fail("consumed %d of %d records before the deadline", got, want)
		}
		fetches := cl.PollFetches(ctx)
		if errs := fetches.Errors(); len(errs) > 0 {
			fail("fetch: %v", errs[0].Err)
		}
		now := time.Now()
		end := false
		fetches.EachRecord(func(r *kgo.Record) {
			if latencies != nil {
				if len(r.Value) == 0 {
					end = true
					return
				}
				*latencies = append(*latencies, now.Sub(r.Timestamp))
			}
			got++
			bytes += int64(len(r.Value))
		})
		if end || (latencies == nil && got >= want) {
			return result{Records: got, Bytes: bytes, Seconds: time.Since(started).Seconds()}
		}
	}
}

func endToEnd(ctx context.Context, brokers, topic string, opts []kgo.Opt, payload []byte, rate, seconds float64) result {
	var latencies []time.Duration
	var consumed result
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		consumed = consume(ctx, brokers, topic, 0, &latencies)
	}()
	time.Sleep(time.Second) // the consumer has its metadata and sits at the start
	produced := int64(rate * seconds)
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		fail("client: %v", err)
	}
	interval := time.Duration(float64(time.Second) / rate)
	started := time.Now()
	for i := int64(0); i < produced; i++ {
		if wait := time.Until(started.Add(time.Duration(i) * interval)); wait > 0 {
			time.Sleep(wait)
		}
		// The client stamps Timestamp at Produce when it is zero; set it here so the age counts
		// from the moment the record was handed over.
		cl.Produce(ctx, &kgo.Record{Value: payload, Timestamp: time.Now()}, nil)
	}
	cl.Produce(ctx, &kgo.Record{Value: []byte{}, Timestamp: time.Now()}, nil)
	if err := cl.Flush(ctx); err != nil {
		fail("flush: %v", err)
	}
	cl.Close()
	wg.Wait()
	if int64(len(latencies)) < produced {
		fail("e2e: %d of %d records arrived", len(latencies), produced)
	}
	out := result{Records: consumed.Records, Bytes: consumed.Bytes, Seconds: time.Since(started).Seconds()}
	percentiles(&out, latencies)
	return out
}
