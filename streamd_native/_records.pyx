# cython: language_level=3, boundscheck=False, wraparound=False
"""Cython twins of streamd/records/_pure.py: same names, same signatures, same results.

streamd._accel chooses this module unless STREAMD_NO_NATIVE=1; tests run both.
"""

from cpython.bytes cimport PyBytes_FromStringAndSize
from libc.stdint cimport int64_t, uint64_t

cdef enum:
    HEADER_SIZE = 61


cdef inline int64_t _be64(const unsigned char* p):
    cdef uint64_t v = 0
    cdef int i
    for i in range(8):
        v = (v << 8) | p[i]
    return <int64_t>v


cdef inline int _be32(const unsigned char* p):
    return <int>((<unsigned int>p[0] << 24) | (<unsigned int>p[1] << 16) | (<unsigned int>p[2] << 8) | p[3])


cdef inline short _be16(const unsigned char* p):
    return <short>((p[0] << 8) | p[1])


def parse_header_fields(buf, Py_ssize_t pos):
    cdef const unsigned char[:] view = buf
    if view.shape[0] - pos < HEADER_SIZE:
        raise ValueError(f"batch header needs {HEADER_SIZE} bytes, {view.shape[0] - pos} left")
    cdef const unsigned char* p = &view[pos]
    return (
        _be64(p), _be32(p + 8), _be32(p + 12), <signed char>p[16],
        (<unsigned int>p[17] << 24) | (<unsigned int>p[18] << 16) | (<unsigned int>p[19] << 8) | p[20],
        _be16(p + 21), _be32(p + 23), _be64(p + 27), _be64(p + 35), _be64(p + 43), _be16(p + 51),
        _be32(p + 53), _be32(p + 57),
    )


cdef inline int64_t _varint(const unsigned char* p, Py_ssize_t end, Py_ssize_t* pos) except? -1:
    cdef uint64_t value = 0
    cdef int shift = 0
    cdef unsigned char byte
    while True:
        if pos[0] >= end:
            raise IndexError("varint runs past the end of the buffer")
        byte = p[pos[0]]
        pos[0] += 1
        value |= (<uint64_t>(byte & 0x7F)) << shift
        if byte < 0x80:
            return <int64_t>(value >> 1) ^ -(<int64_t>(value & 1))
        shift += 7
        if shift > 63:
            raise ValueError("varint longer than 10 bytes")


def read_varint(buf, Py_ssize_t pos):
    cdef const unsigned char[:] view = buf
    cdef Py_ssize_t cursor = pos
    cdef int64_t value = _varint(&view[0] if view.shape[0] else NULL, view.shape[0], &cursor)
    return value, cursor


cdef inline bytes _take(const unsigned char* p, Py_ssize_t end, Py_ssize_t* pos, int64_t length):
    if length < 0 or pos[0] + length > end:
        raise ValueError("field runs past the record")
    cdef bytes out = PyBytes_FromStringAndSize(<const char*>(p + pos[0]), length)
    pos[0] += length
    return out


def decode_records(buf, Py_ssize_t count):
    cdef const unsigned char[:] view = buf
    cdef Py_ssize_t end = view.shape[0]
    cdef const unsigned char* p = &view[0] if end else NULL
    cdef Py_ssize_t pos = 0
    cdef Py_ssize_t record_end
    cdef int64_t length, ts_delta, offset_delta, key_len, value_len, header_count, hk_len, hv_len
    cdef list out = []
    cdef list headers
    cdef Py_ssize_t i, h
    for i in range(count):
        length = _varint(p, end, &pos)
        record_end = pos + length
        if length < 0 or record_end > end:
            raise ValueError("record length runs past the batch")
        pos += 1  # attributes
        ts_delta = _varint(p, record_end, &pos)
        offset_delta = _varint(p, record_end, &pos)
        key_len = _varint(p, record_end, &pos)
        key = None if key_len < 0 else _take(p, record_end, &pos, key_len)
        value_len = _varint(p, record_end, &pos)
        value = None if value_len < 0 else _take(p, record_end, &pos, value_len)
        header_count = _varint(p, record_end, &pos)
        if header_count < 0 or header_count > record_end - pos:
            raise ValueError("bad header count")
        headers = []
        for h in range(header_count):
            hk_len = _varint(p, record_end, &pos)
            if hk_len < 0:
                raise ValueError("null header key")
            name = _take(p, record_end, &pos, hk_len).decode("utf-8")
            hv_len = _varint(p, record_end, &pos)
            header_value = None if hv_len < 0 else _take(p, record_end, &pos, hv_len)
            headers.append((name, header_value))
        if pos != record_end:
            raise ValueError("record length does not match its fields")
        out.append((offset_delta, ts_delta, key, value, headers))
    return out
