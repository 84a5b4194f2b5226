-- @@stderr --
dtrace: failed to compile script printf-missing-arg.d: line 1: printf( ) prototype mismatch: conversion #2 (%d) is missing a corresponding value argument
