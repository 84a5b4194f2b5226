-- @@stderr --
dtrace: failed to compile script printf-dyn-proto.d: [D_PRINTF_DYN_PROTO] line 3: printf( ) prototype mismatch: conversion #1 (%d) is missing a corresponding "*" argument
