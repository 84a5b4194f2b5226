-- @@stderr --
dtrace: failed to compile script undefined-variable-notag.d: line 3: failed to resolve nosuch: Unknown variable name
