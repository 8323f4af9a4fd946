#include "line_editor.h"

#include <errno.h>
#include <histedit.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// State kept here, not in the header, so that every object file shares one copy.
static EditLine *editor = NULL;
static History *history_list = NULL;
static char *prompt_text = NULL;
static morgue_completer completer_function = NULL;
static volatile sig_atomic_t interrupted = 0;

static char *prompt_callback(EditLine *e) {
    (void)e;
    return prompt_text ? prompt_text : "> ";
}

static unsigned char complete_callback(EditLine *e, int ch) {
    (void)ch;
    if (!completer_function) return CC_ERROR;
    const LineInfo *info = el_line(e);
    size_t length = (size_t)(info->lastchar - info->buffer);
    char *line = malloc(length + 1);
    if (!line) return CC_ERROR;
    memcpy(line, info->buffer, length);
    line[length] = '\0';
    morgue_completion result = completer_function(line, (int)(info->cursor - info->buffer));
    free(line);
    unsigned char status = CC_REFRESH;
    if (result.insert && result.insert[0]) el_insertstr(e, result.insert);
    if (result.choices && result.choices[0]) {
        fprintf(stdout, "\n%s\n", result.choices);
        fflush(stdout);
        status = CC_REDISPLAY;
    } else if (!result.insert || !result.insert[0]) {
        status = CC_REFRESH_BEEP;
    }
    free(result.insert);
    free(result.choices);
    return status;
}

static void on_interrupt(int signal_number) {
    (void)signal_number;
    interrupted = 1;
}

void morgue_interrupt_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocked read returns, so the prompt can start over
    sigaction(SIGINT, &action, NULL);
    // A parent may have started us with SIGINT blocked (threads of a test runner often block
    // every signal, and the mask outlives exec): unblock it, or Ctrl-C would never arrive.
    sigset_t interrupt_only;
    sigemptyset(&interrupt_only);
    sigaddset(&interrupt_only, SIGINT);
    sigaddset(&interrupt_only, SIGWINCH);
    sigaddset(&interrupt_only, SIGTSTP);
    sigaddset(&interrupt_only, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &interrupt_only, NULL);
}

int morgue_interrupt_pending(void) { return interrupted != 0; }

void morgue_interrupt_clear(void) { interrupted = 0; }

int morgue_editor_open(const char *program, morgue_completer completer) {
    editor = el_init(program, stdin, stdout, stderr);
    if (!editor) return -1;
    history_list = history_init();
    HistEvent event;
    history(history_list, &event, H_SETSIZE, 10000);
    history(history_list, &event, H_SETUNIQUE, 1);
    completer_function = completer;
    el_set(editor, EL_EDITOR, "emacs");
    el_set(editor, EL_SIGNAL, 1); // or Ctrl-Z and fg leave the line garbled
    el_set(editor, EL_PROMPT_ESC, prompt_callback, '\1');
    el_set(editor, EL_HIST, history, history_list);
    el_set(editor, EL_ADDFN, "morgue-complete", "complete a name", complete_callback);
    el_set(editor, EL_BIND, "^I", "morgue-complete", NULL);
    el_set(editor, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_source(editor, NULL); // the user's ~/.editrc, if any
    return 0;
}

void morgue_editor_close(void) {
    if (editor) el_end(editor);
    if (history_list) history_end(history_list);
    editor = NULL;
    history_list = NULL;
    free(prompt_text);
    prompt_text = NULL;
}

void morgue_editor_set_prompt(const char *prompt) {
    free(prompt_text);
    prompt_text = strdup(prompt);
}

const char *morgue_editor_read(int *was_interrupted) {
    int count = 0;
    *was_interrupted = 0;
    const char *line = el_gets(editor, &count);
    if (count < 0 || (line == NULL && interrupted)) {
        *was_interrupted = 1;
        interrupted = 0;
        el_reset(editor);
        return NULL;
    }
    return count > 0 ? line : NULL;
}

void morgue_editor_remember(const char *entry) {
    HistEvent event;
    history(history_list, &event, H_ENTER, entry);
}
