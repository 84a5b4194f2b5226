-- @@stderr --
dtrace: failed to compile script printf-too-few.d: [D_PRINTF_ARG_PROTO] line 1: printf( ) prototype mismatch: conversion #2 (%s) is missing a corresponding value argument
