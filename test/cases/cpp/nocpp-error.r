-- @@stderr --
dtrace: failed to compile script nocpp-error.d: [D_PRAGERR] line 7: #error: not supported here 
