-- @@stderr --
dtrace: failed to compile script trace-too-big.d: line 10: clause data exceeds the 32768-byte record buffer
