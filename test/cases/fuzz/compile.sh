# The D compiler fuzz target: every input of test/fuzz/regress must pass,
# then the fuzzer runs for FUZZ_TIME seconds (default 60) from the seed
# corpus and must find nothing (no crash, hang over 10 s, leak, sanitizer
# report).  Skipped when the fuzz build is not available (no clang with
# libFuzzer: see `make fuzz-build`).  FUZZ_TIME must stay below the timeout.
# @@timeout: 1800
fuzzer=$(dirname "$DTRACE")/../test/fuzz/dt_fuzz_compile
if [ ! -x "$fuzzer" ]; then
	echo "fuzz target not built (needs clang with libFuzzer)" >&2
	exit 77
fi
if bash ../../fuzz/run-fuzz.sh "$fuzzer" "${FUZZ_TIME:-60}"; then
	echo "no findings"
fi
