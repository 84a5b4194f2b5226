	/*
 * A discarded speculation's data never prints, even when its id is given
 * out again (once the consumer has cleaned it) and that speculation is
 * committed.  stderr is not compared: speculation( ) may find the id
 * still busy on some ticks, and is tried again.
 */
#pragma D option quiet

int t, done;

tick-10ms
{
	n++;
}

tick-10ms
/n == 1/
{
	s = speculation();
	speculate(s);
	printf("discarded %d\n", s);
}

tick-10ms
/n == 2/
{
	discard(s);
}

tick-10ms
/n >= 3 && t == 0/
{
	t = speculation();
}

tick-10ms
/t != 0 && !done/
{
	speculate(t);
	printf("speculation %d again\n", t);
}

tick-10ms
/t != 0 && !done/
{
	commit(t);
	done = 1;
}

tick-10ms
/done/
{
	exit(0);
}
