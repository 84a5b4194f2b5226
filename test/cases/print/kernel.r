struct load_weight {
    unsigned long weight = 0x100000
    u32 inv_weight = 0x400000
}
raw_spinlock_t {
    arch_spinlock_t raw_lock = {
        union  {
            atomic_t val = {
                int counter = 0
            }
            struct  {
                u8 locked = 0
                u8 pending = 0
            }
            struct  {
                u16 locked_pending = 0
                u16 tail = 0
            }
        }
    }
}
char [16] "dtrace"
struct task_struct * 0
int 0x78
unsigned int 0

