after the fault

