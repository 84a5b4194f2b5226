-- @@stderr --
dtrace: failed to compile script tracemem-too-big.d: line 8: clause data exceeds the 32768-byte record buffer
