	/*
 * llquantize(): a row below factor^low, the steps of each order of magnitude
 * (ones from 1, tens from 10), a row at and above factor^(high + 1).
 *
 * @@trigger: getppid_n 10
 */
#pragma D option quiet
syscall::getppid:entry /pid == $target/ { n++; @ = llquantize(n, 10, 0, 1, 10); @ = llquantize(n * 9, 10, 0, 1, 10); }
syscall::exit_group:entry /pid == $target/ { @ = llquantize(0, 10, 0, 1, 10); @ = llquantize(150, 10, 0, 1, 10); exit(0); }
