#!/bin/sh
# Installs what dtrace needs to build and test on Debian 12, then builds it.
# Usage: scripts/bootstrap.sh [configure options]   (run as root, from the source tree)
set -e
cd "$(dirname "$0")/.."
if command -v apt-get >/dev/null 2>&1; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends \
		build-essential autoconf automake pkg-config bison flex clang llvm \
		libbpf-dev libelf-dev libdw-dev binutils-dev zlib1g-dev valgrind strace cpp \
		libclang-rt-14-dev netbase >/dev/null
fi
autoreconf -fi
./configure "$@"
make -j"$(nproc)"
