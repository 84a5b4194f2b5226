	/*
 * A pointer to a struct held in a clause-local variable; -> accesses its
 * members.
 */

#pragma D option quiet

BEGIN
{
	this->t = curthread;
	printf("%d %d\n", this->t->pid == tid, this->t->tgid == pid);
	exit(0);
}
