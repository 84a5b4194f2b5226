-- @@stderr --
dtrace: failed to compile script printf-missing-arg.d: [D_PRINTF_ARG_PROTO] line 1: printf( ) prototype mismatch: conversion #2 (%d) is missing a corresponding value argument
