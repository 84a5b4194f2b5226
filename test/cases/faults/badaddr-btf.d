/*
 * A BTF-typed kernel pointer that points nowhere: following its members
 * faults at the first load, at the member's address (next is at offset 0
 * of struct list_head, prev at 8).
 *
 * @@opts: -q
 */
BEGIN
{
	this->l = (struct list_head *)0x2000;
	trace(this->l->next->prev);
}

BEGIN
{
	trace(((struct list_head *)0x2000)->prev);
}

BEGIN
{
	printf("%d\n", curthread->real_parent->tgid == ppid);
	exit(0);
}
