-- @@stderr --
dtrace: failed to compile script nocpp-include.d: line 6: invalid control directive: #include
