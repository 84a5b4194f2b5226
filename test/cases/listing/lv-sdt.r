   ID   PROVIDER            MODULE                          FUNCTION NAME
   ID        sdt             sched                                   sched_process_exec

	Probe Description Attributes
		Identifier Names: Private
		Data Semantics:   Private
		Dependency Class: Unknown

	Argument Attributes
		Identifier Names: Private
		Data Semantics:   Private
		Dependency Class: ISA

	Argument Types
		args[0]: struct task_struct *
		args[1]: pid_t
		args[2]: struct linux_binprm *

exit status 0
   ID   PROVIDER            MODULE                          FUNCTION NAME
   ID    profile                                                     tick-1s

	Probe Description Attributes
		Identifier Names: Evolving
		Data Semantics:   Evolving
		Dependency Class: Common

	Argument Attributes
		Identifier Names: Evolving
		Data Semantics:   Evolving
		Dependency Class: Common

	Argument Types
		None

-- @@stderr --
