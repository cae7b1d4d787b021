/* spawn.c - start a program as a child env, entirely in user space:
 * exofork an empty child, build its pages here and map them across, set
 * its registers, and make it runnable (spawn) or leave it stopped for the
 * caller to become (exec).  Programs come from the file system, or from
 * the boot modules (by basename) for the first programs and bare boots. */
#include <errno.h>
#include <exov6/layout.h>
#include <exov6/loader.h>
#include <exov6/spawn.h>
#include <exov6/fs_client.h>
#include <exov6/syscall.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MODULE_SLOT ((UMODULE_END - UMODULE_BASE) / 16)
#define TMP_SPAN (ULOADER_TMP_END - ULOADER_TMP)

static unsigned module_mapped;  /* bit i: module i is mapped at its slot */

/* Find module `name`, map it (once) and return its image. */
static int module_image(const char *name, const void **image, unsigned long *size)
{
	struct exov6_module_info info;
	for (long i = 0; exov6_sys_module_info(i, &info) == 0; i++) {
		if (strcmp(info.name, name) != 0)
			continue;
		if (i >= 16 || info.size > MODULE_SLOT)
			return -EFBIG;
		unsigned long va = UMODULE_BASE + (unsigned long)i * MODULE_SLOT;
		if (!(module_mapped & (1u << i))) {
			long r = exov6_sys_module_map(i, va);
			if (r)
				return (int)r;
			module_mapped |= 1u << i;
		}
		*image = (const void *)va;
		*size = info.size;
		return 0;
	}
	return -ENOENT;
}

/* Loader callbacks: build each page at a scratch address of our own, then
 * map it into the child with its final rights. */
static unsigned long scratch(unsigned long va)
{
	return ULOADER_TMP + va % TMP_SPAN;
}

static void *page_begin(void *ctx, unsigned long va)
{
	(void)ctx;
	if (exov6_sys_page_alloc(0, scratch(va), EXOV6_PTE_W) < 0)
		return 0;
	return (void *)scratch(va);
}

static int page_end(void *ctx, unsigned long va, unsigned long perm)
{
	exov6_envid_t child = *(exov6_envid_t *)ctx;
	long r = exov6_sys_page_map(0, scratch(va), child, va, perm);
	exov6_sys_page_unmap(0, scratch(va));
	return (int)r;
}

static int page_zero(void *ctx, unsigned long va, unsigned long perm)
{
	return (int)exov6_sys_page_alloc(*(exov6_envid_t *)ctx, va, perm);
}

/* Build a stopped child running the ELF image. */
static exov6_envid_t load_image(const void *image, unsigned long size, const char *name,
				char *const argv[], char *const envp[])
{
	int r;
	exov6_envid_t child = exov6_sys_exofork();
	if (child < 0)
		return child;
	struct exov6_loader_ops ops = { &child, page_begin, page_end, page_zero };
	struct exov6_trapframe tf;
	memset(&tf, 0, sizeof tf);
	char short_name[32];    /* the kernel keeps 31 bytes of a name */
	size_t n = strlen(name) < sizeof short_name - 1 ? strlen(name) : sizeof short_name - 1;
	memcpy(short_name, name, n);
	short_name[n] = 0;
	if ((r = exov6_elf_load(image, size, &ops, &tf.rip)) ||
	    (r = exov6_stack_build(argv, envp, &ops, &tf.rsp)) ||
	    (r = (int)exov6_sys_env_set_trapframe(child, &tf)) ||
	    (r = (int)exov6_sys_env_set_name(child, short_name))) {
		exov6_sys_env_destroy(child);
		exov6_sys_env_wait(child, 0, 0);
		return r;
	}
	return child;
}

exov6_envid_t exov6_load_module(const char *name, char *const argv[], char *const envp[])
{
	const void *image = 0;
	unsigned long size = 0;
	int r = module_image(name, &image, &size);
	return r ? r : load_image(image, size, name, argv, envp);
}

/* Read the whole file at path into anonymous memory. */
static int file_image(const char *path, void **image, unsigned long *size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	struct stat st;
	int r = 0;
	if (fstat(fd, &st))
		r = -errno;
	else if (S_ISDIR(st.st_mode) || !(st.st_mode & 0111))
		r = -EACCES;
	else if (st.st_size <= 0)
		r = -ENOEXEC;
	void *p = MAP_FAILED;
	if (r == 0 && (p = mmap(0, (size_t)st.st_size, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)) == MAP_FAILED)
		r = -ENOMEM;
	for (off_t done = 0; r == 0 && done < st.st_size;) {
		ssize_t n = read(fd, (char *)p + done, (size_t)(st.st_size - done));
		if (n <= 0)
			r = n < 0 ? -errno : -EIO;
		done += n;
	}
	close(fd);
	if (r && p != MAP_FAILED)
		munmap(p, (size_t)st.st_size);
	*image = p;
	*size = (unsigned long)st.st_size;
	return r;
}

exov6_envid_t exov6_load_program(const char *path, char *const argv[], char *const envp[])
{
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	if (!*path)
		return -ENOENT;
	if (!exov6_fs_server())
		return strlen(name) < EXOV6_MODULE_NAME_MAX ? exov6_load_module(name, argv, envp)
							    : -ENAMETOOLONG;
	void *image = 0;
	unsigned long size = 0;
	int r = file_image(path, &image, &size);
	if (r)
		return r;
	exov6_envid_t child = load_image(image, size, name, argv, envp);
	munmap(image, size);
	return child;
}

exov6_envid_t exov6_spawn_module(const char *name, char *const argv[], char *const envp[])
{
	exov6_envid_t child = exov6_load_module(name, argv, envp);
	if (child < 0)
		return child;
	long r = exov6_sys_env_set_status(child, ENV_RUNNABLE);
	if (r) {
		exov6_sys_env_destroy(child);
		exov6_sys_env_wait(child, 0, 0);
		return (exov6_envid_t)r;
	}
	return child;
}

exov6_envid_t exov6_wait(exov6_envid_t id, int *status)
{
	return exov6_sys_env_wait(id, status, 0);
}
