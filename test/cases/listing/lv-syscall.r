   ID   PROVIDER            MODULE                          FUNCTION NAME
   ID    syscall           vmlinux                            openat entry

	Probe Description Attributes
		Identifier Names: Private
		Data Semantics:   Private
		Dependency Class: Unknown

	Argument Attributes
		Identifier Names: Private
		Data Semantics:   Private
		Dependency Class: ISA

	Argument Types
		args[0]: int
		args[1]: const char *
		args[2]: int
		args[3]: umode_t

   ID    syscall           vmlinux                            openat return

	Probe Description Attributes
		Identifier Names: Private
		Data Semantics:   Private
		Dependency Class: Unknown

	Argument Attributes
		Identifier Names: Private
		Data Semantics:   Private
		Dependency Class: ISA

	Argument Types
		args[0]: long

exit status 0
-- @@stderr --
