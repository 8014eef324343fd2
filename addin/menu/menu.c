/* SPDX-License-Identifier: MPL-2.0 */
/* The STAR menu's protocol handler: a binary-UNO component in C beside the
   add-in. ProtocolHandler.xcu routes every URL of STAR_MENU_PROTOCOL to it;
   the framework makes one handler per frame, hands it the frame
   (XInitialization) and asks it for a dispatch object per menu item
   (XDispatchProvider). Dispatching (XDispatch) runs the item's action:
   open a help page in the user's browser (the page of the function in the
   current cell, or a fixed one), or show About.

   A handler is one object with a facet per interface (as the add-in's
   objects, component.c); unlike the add-in it holds references (the frame
   and the component context), so it counts its own and frees itself. The
   factory is static. Nothing here aborts, prints or lets an exception of
   the office escape: a failed step ends the action quietly, or says in a
   message box what the user can do instead. */
#include "menu_table.h"
#include "office.h"
#include "star_about.h"
#include "star_version.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <osl/module.h>
#include <uno/lbnames.h>

enum { QUERY_INTERFACE, ACQUIRE, RELEASE, FIRST_OWN_MEMBER };
enum { DISPATCH_PROVIDER, DISPATCH, INITIALIZATION, SERVICE_INFO, TYPE_PROVIDER, FACETS };

static const char *const facet_types[FACETS] = {
    "com.sun.star.frame.XDispatchProvider", "com.sun.star.frame.XDispatch",
    "com.sun.star.lang.XInitialization", "com.sun.star.lang.XServiceInfo", "com.sun.star.lang.XTypeProvider",
};
static const char *const services[] = {"com.sun.star.frame.ProtocolHandler"};

typedef struct handler handler;

typedef struct handler_facet {
    uno_Interface uno; /* first, so the uno_Interface* is the facet */
    handler *owner;
    int kind;          /* DISPATCH_PROVIDER ... */
} handler_facet;

struct handler {
    handler_facet facet[FACETS];
    atomic_int count;
    _Atomic(uno_Interface *) frame; /* XFrame, from initialize; NULL before */
    uno_Interface *context;         /* XComponentContext */
};

static sal_Int32 position_of(const typelib_TypeDescription *member)
{
    return ((const typelib_InterfaceMemberTypeDescription *)(const void *)member)->nPosition;
}

static bool named(const typelib_TypeDescriptionReference *type, const char *name)
{
    return rtl_ustr_ascii_compare_WithLength(type->pTypeName->buffer, type->pTypeName->length, name) == 0;
}

/* A type reference made once and kept for the life of the process, as
   cppu's static types are (typelib_static_*_init is safe on any thread). */
static typelib_TypeDescriptionReference *sequence_of(typelib_TypeDescriptionReference **sequence,
                                                     typelib_TypeDescriptionReference *element)
{
    typelib_static_sequence_type_init(sequence, element);
    return *sequence;
}

static typelib_TypeDescriptionReference *interface_type(typelib_TypeDescriptionReference **type, const char *name)
{
    typelib_static_type_init(type, typelib_TypeClass_INTERFACE, name);
    return *type;
}

/* Every member of an interface we do not know gets a default answer: the
   return slot is never left unconstructed. */
static void unknown_member(const typelib_TypeDescription *member, void *ret)
{
    if (member->eTypeClass == typelib_TypeClass_INTERFACE_METHOD)
        uno_type_constructData(ret, ((const typelib_InterfaceMethodTypeDescription *)(const void *)member)->pReturnTypeRef);
}

/* ---- the handler's life ---- */

static void SAL_CALL handler_acquire(uno_Interface *self)
{
    atomic_fetch_add(&((handler_facet *)(void *)self)->owner->count, 1);
}

static void SAL_CALL handler_release(uno_Interface *self)
{
    handler *h = ((handler_facet *)(void *)self)->owner;
    if (atomic_fetch_sub(&h->count, 1) != 1)
        return;
    office_release(atomic_load(&h->frame));
    office_release(h->context);
    free(h);
}

static void query_interface(handler *h, void *ret, void *args[])
{
    typelib_TypeDescriptionReference *wanted = *(typelib_TypeDescriptionReference **)args[0];
    int kind = -1;
    if (named(wanted, "com.sun.star.uno.XInterface"))
        kind = DISPATCH_PROVIDER;
    for (int k = 0; k < FACETS && kind < 0; k++)
        if (named(wanted, facet_types[k]))
            kind = k;
    if (kind < 0) {
        uno_any_construct(ret, NULL, NULL, NULL);
        return;
    }
    uno_Interface *facet = &h->facet[kind].uno;
    uno_type_any_construct(ret, &facet, wanted, NULL); /* acquires it */
}

/* ---- what the menu items do ---- */

/* The URL of a file of the installed package: this library lives in
   PACKAGE/<platform>/, so PACKAGE is two steps up from it. */
static rtl_uString *package_file(const char *relative)
{
    rtl_uString *library = NULL;
    if (!osl_getModuleURLFromFunctionAddress((oslGenericFunction)package_file, &library) || !library)
        return NULL;
    sal_Int32 end = library->length;
    for (int steps = 0; steps < 2 && end > 0; steps++)
        end = rtl_ustr_lastIndexOfChar_WithLength(library->buffer, end, '/');
    rtl_uString *url = NULL;
    if (end > 0) {
        rtl_uString *tail = office_text(relative);
        rtl_uString_newFromStr_WithLength(&url, library->buffer, end + 1);
        rtl_uString_newConcat(&url, url, tail);
        rtl_uString_release(tail);
    }
    rtl_uString_release(library);
    return url;
}

/* A message box over the frame's window; true when it was shown. */
static bool tell(handler *h, const char *title_utf8, const char *message_utf8)
{
    uno_Interface *frame = atomic_load(&h->frame);
    uno_Interface *window = office_get(frame, "com.sun.star.frame.XFrame::getContainerWindow",
                                       "com.sun.star.awt.XWindowPeer");
    uno_Interface *boxes = office_create(h->context, "com.sun.star.awt.Toolkit", "com.sun.star.awt.XMessageBoxFactory");
    bool shown = false;
    if (window && boxes) {
        enum { INFOBOX = 1, BUTTONS_OK = 1 }; /* awt::MessageBoxType, awt::MessageBoxButtons */
        sal_Int32 type = INFOBOX, buttons = BUTTONS_OK;
        rtl_uString *title = office_text(title_utf8), *message = office_text(message_utf8);
        uno_Interface *box = NULL;
        void *args[] = {&window, &type, &buttons, &title, &message};
        if (office_call(boxes, "com.sun.star.awt.XMessageBoxFactory::createMessageBox", &box, args) && box) {
            sal_Int16 answer;
            shown = office_call(box, "com.sun.star.awt.XMessageBox::execute", &answer, NULL);
            office_release(box);
        }
        rtl_uString_release(title);
        rtl_uString_release(message);
    }
    office_release(boxes);
    office_release(window);
    return shown;
}

/* Opens a page of the HTML help in the user's browser, through the system
   (xdg-open or DESKTOP_LAUNCH on Linux, the shell on Windows). */
static void open_page(handler *h, const char *page)
{
    char relative[256];
    snprintf(relative, sizeof relative, STAR_HELP_FOLDER "/%s", page);
    rtl_uString *url = package_file(relative);
    if (!url)
        return;
    uno_Interface *shell = office_create(h->context, "com.sun.star.system.SystemShellExecute",
                                         "com.sun.star.system.XSystemShellExecute");
    rtl_uString *no_parameters = NULL;
    rtl_uString_new(&no_parameters);
    sal_Int32 uris_only = 1; /* system::SystemShellExecuteFlags::URIS_ONLY */
    void *args[] = {&url, &no_parameters, &uris_only};
    bool opened = office_call(shell, "com.sun.star.system.XSystemShellExecute::execute", NULL, args);
    if (!opened) {
        /* No browser answered: say where the page is. */
        rtl_String *where = NULL;
        rtl_uString2String(&where, url->buffer, url->length, RTL_TEXTENCODING_UTF8, OUSTRING_TO_OSTRING_CVTFLAGS);
        char message[2048];
        snprintf(message, sizeof message,
                 "STAR could not open a web browser to show its help. Open this page in one:\n\n%s", where->buffer);
        rtl_string_release(where);
        tell(h, "STAR help", message);
    }
    rtl_uString_release(no_parameters);
    rtl_uString_release(url);
    office_release(shell);
}

/* The formula of the current cell (the top left one of a selected range),
   or NULL when the selection is no cell. */
static rtl_uString *current_formula(handler *h)
{
    uno_Interface *controller = office_get(atomic_load(&h->frame), "com.sun.star.frame.XFrame::getController",
                                           "com.sun.star.view.XSelectionSupplier");
    uno_Any selection;
    uno_Interface *cell = NULL;
    if (office_call(controller, "com.sun.star.view.XSelectionSupplier::getSelection", &selection, NULL)) {
        cell = office_from_any(&selection, "com.sun.star.table.XCell");
        uno_Interface *range = cell ? NULL : office_from_any(&selection, "com.sun.star.table.XCellRange");
        if (range) {
            sal_Int32 column = 0, row = 0;
            void *args[] = {&column, &row};
            uno_Interface *first = NULL;
            if (office_call(range, "com.sun.star.table.XCellRange::getCellByPosition", &first, args) && first) {
                cell = office_query(first, "com.sun.star.table.XCell");
                office_release(first);
            }
            office_release(range);
        }
        uno_any_destruct(&selection, NULL);
    }
    rtl_uString *formula = NULL;
    if (!office_call(cell, "com.sun.star.table.XCell::getFormula", &formula, NULL))
        formula = NULL;
    office_release(cell);
    office_release(controller);
    return formula;
}

static void cell_help(handler *h)
{
    rtl_uString *formula = current_formula(h);
    const star_function *fn = formula ? star_menu_function_in(formula->buffer, (size_t)formula->length) : NULL;
    char page[128];
    if (fn)
        star_menu_function_page(fn, page, sizeof page);
    else
        snprintf(page, sizeof page, "%s", STAR_HELP_FUNCTIONS);
    if (formula)
        rtl_uString_release(formula);
    open_page(h, page);
}

static void about(handler *h)
{
    char message[2048];
    snprintf(message, sizeof message,
             "STAR for LibreOffice %s\n\n"
             "STAR (socio-technical allocation of resources) in Calc cells: value for money, "
             "multi-criteria scores, value triangles and allocation, for deciding where a health "
             "system's money does most good.\n\n"
             "Licence: Mozilla Public License 2.0 (MPL-2.0). Nothing to accept: use, copy and share "
             "it freely; changed versions of its files stay under the MPL-2.0. The licence text is "
             "LICENSE.txt in the extension (Tools > Extension Manager).\n\n"
             "Source: %s",
             STAR_VERSION_STRING, STAR_SOURCE);
    tell(h, "About STAR", message);
}

static void run(handler *h, const star_menu_command *command)
{
    switch (command->action) {
    case STAR_MENU_CELL_HELP: cell_help(h); break;
    case STAR_MENU_PAGE: open_page(h, command->page); break;
    case STAR_MENU_ABOUT: about(h); break;
    }
}

/* ---- the interfaces ---- */

static const star_menu_command *command_of(const void *url_struct)
{
    /* util::URL begins with Complete, the whole URL as a string. */
    const rtl_uString *complete = *(rtl_uString *const *)url_struct;
    return star_menu_command_for(complete->buffer, (size_t)complete->length);
}

static uno_Interface *dispatch_for(handler *h, const void *url_struct)
{
    if (!command_of(url_struct))
        return NULL;
    uno_Interface *dispatch = &h->facet[DISPATCH].uno;
    (*dispatch->acquire)(dispatch);
    return dispatch;
}

/* queryDispatches: one answer per frame::DispatchDescriptor, whose first
   member is the URL. */
static void dispatch_all(handler *h, void *ret, void *args[])
{
    const uno_Sequence *wanted = *(uno_Sequence *const *)args[0];
    typelib_TypeDescription *descriptor = NULL;
    rtl_uString *name = office_text("com.sun.star.frame.DispatchDescriptor");
    typelib_typedescription_getByName(&descriptor, name);
    rtl_uString_release(name);
    static typelib_TypeDescriptionReference *dispatch_type, *dispatches_type;
    typelib_TypeDescriptionReference *type =
        sequence_of(&dispatches_type, interface_type(&dispatch_type, "com.sun.star.frame.XDispatch"));
    sal_Int32 count = descriptor ? wanted->nElements : 0;
    uno_Interface **answers = calloc((size_t)count + 1, sizeof *answers);
    for (sal_Int32 i = 0; answers && i < count; i++)
        answers[i] = dispatch_for(h, wanted->elements + (size_t)i * (size_t)descriptor->nSize);
    uno_type_sequence_construct(ret, type, answers, answers ? count : 0, NULL);
    for (sal_Int32 i = 0; answers && i < count; i++)
        office_release(answers[i]);
    free(answers);
    if (descriptor)
        typelib_typedescription_release(descriptor);
}

/* initialize(sequence<any>): the framework passes the frame first. */
static void initialize(handler *h, void *args[])
{
    const uno_Sequence *values = *(uno_Sequence *const *)args[0];
    if (values->nElements < 1)
        return;
    uno_Interface *frame = office_from_any((const uno_Any *)(const void *)values->elements, "com.sun.star.frame.XFrame");
    office_release(atomic_exchange(&h->frame, frame));
}

static void type_list(void *ret)
{
    static typelib_TypeDescriptionReference *types[FACETS], *sequence;
    for (int k = 0; k < FACETS; k++)
        interface_type(&types[k], facet_types[k]);
    sequence_of(&sequence, *typelib_static_type_getByTypeClass(typelib_TypeClass_TYPE));
    uno_type_sequence_construct(ret, sequence, types, FACETS, NULL);
}

static void service_info(int position, void *ret, void *args[])
{
    enum { GET_IMPLEMENTATION_NAME = FIRST_OWN_MEMBER, SUPPORTS_SERVICE, GET_SUPPORTED_SERVICE_NAMES };
    size_t count = sizeof services / sizeof services[0];
    switch (position) {
    case GET_IMPLEMENTATION_NAME: *(rtl_uString **)ret = office_text(STAR_MENU_IMPLEMENTATION); break;
    case SUPPORTS_SERVICE: {
        const rtl_uString *name = *(rtl_uString *const *)args[0];
        sal_Bool found = 0;
        for (size_t i = 0; i < count; i++)
            found |= rtl_ustr_ascii_compare_WithLength(name->buffer, name->length, services[i]) == 0;
        *(sal_Bool *)ret = found;
        break;
    }
    case GET_SUPPORTED_SERVICE_NAMES: {
        rtl_uString *names[sizeof services / sizeof services[0]];
        static typelib_TypeDescriptionReference *texts;
        for (size_t i = 0; i < count; i++)
            names[i] = office_text(services[i]);
        uno_type_sequence_construct(ret, sequence_of(&texts, *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING)),
                                    names, (sal_Int32)count, NULL);
        for (size_t i = 0; i < count; i++)
            rtl_uString_release(names[i]);
        break;
    }
    default: break;
    }
}

static void SAL_CALL handler_dispatch(uno_Interface *self, const typelib_TypeDescription *member, void *ret,
                                      void *args[], uno_Any **exception)
{
    handler_facet *facet = (handler_facet *)(void *)self;
    handler *h = facet->owner;
    sal_Int32 position = position_of(member);
    *exception = NULL;
    switch (position) {
    case QUERY_INTERFACE: query_interface(h, ret, args); return;
    case ACQUIRE: handler_acquire(self); return;
    case RELEASE: handler_release(self); return;
    default: break;
    }
    enum { FIRST = FIRST_OWN_MEMBER, SECOND, THIRD };
    switch (facet->kind * 16 + position) {
    case DISPATCH_PROVIDER * 16 + FIRST: /* queryDispatch(URL, frame name, search flags) */
        *(uno_Interface **)ret = dispatch_for(h, args[0]);
        return;
    case DISPATCH_PROVIDER * 16 + SECOND: /* queryDispatches */
        dispatch_all(h, ret, args);
        return;
    case DISPATCH * 16 + FIRST: { /* dispatch(URL, arguments) */
        const star_menu_command *command = command_of(args[0]);
        if (command)
            run(h, command);
        return;
    }
    case DISPATCH * 16 + SECOND: /* addStatusListener: always enabled, nothing to report */
    case DISPATCH * 16 + THIRD:  /* removeStatusListener */
        return;
    case INITIALIZATION * 16 + FIRST:
        initialize(h, args);
        return;
    case SERVICE_INFO * 16 + FIRST:
    case SERVICE_INFO * 16 + SECOND:
    case SERVICE_INFO * 16 + THIRD:
        service_info(position, ret, args);
        return;
    case TYPE_PROVIDER * 16 + FIRST: /* getTypes */
        type_list(ret);
        return;
    case TYPE_PROVIDER * 16 + SECOND: { /* getImplementationId: empty, as is usual now */
        static typelib_TypeDescriptionReference *bytes;
        uno_type_sequence_construct(ret, sequence_of(&bytes, *typelib_static_type_getByTypeClass(typelib_TypeClass_BYTE)),
                                    NULL, 0, NULL);
        return;
    }
    default: unknown_member(member, ret); return;
    }
}

/* A new handler with one reference, holding the context; NULL without memory. */
static uno_Interface *new_handler(uno_Interface *context)
{
    handler *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    for (int k = 0; k < FACETS; k++) {
        h->facet[k].uno.acquire = handler_acquire;
        h->facet[k].uno.release = handler_release;
        h->facet[k].uno.pDispatcher = handler_dispatch;
        h->facet[k].owner = h;
        h->facet[k].kind = k;
    }
    atomic_init(&h->count, 1);
    atomic_init(&h->frame, NULL);
    h->context = context;
    if (context)
        (*context->acquire)(context);
    return &h->facet[DISPATCH_PROVIDER].uno;
}

/* ---- the factory: static, stateless, never freed ---- */

static void SAL_CALL nothing_to_count(uno_Interface *self)
{
    (void)self;
}

static void SAL_CALL factory_dispatch(uno_Interface *self, const typelib_TypeDescription *member, void *ret,
                                      void *args[], uno_Any **exception);

typedef struct factory_facet {
    uno_Interface uno;
    int kind;
} factory_facet;

enum { FACTORY, FACTORY_SERVICE_INFO, FACTORY_FACETS };
static const char *const factory_types[FACTORY_FACETS] = {
    "com.sun.star.lang.XSingleComponentFactory", "com.sun.star.lang.XServiceInfo",
};
static factory_facet factory[FACTORY_FACETS] = {
    {{nothing_to_count, nothing_to_count, factory_dispatch}, FACTORY},
    {{nothing_to_count, nothing_to_count, factory_dispatch}, FACTORY_SERVICE_INFO},
};

static void SAL_CALL factory_dispatch(uno_Interface *self, const typelib_TypeDescription *member, void *ret,
                                      void *args[], uno_Any **exception)
{
    enum { CREATE_WITH_CONTEXT = FIRST_OWN_MEMBER, CREATE_WITH_ARGUMENTS_AND_CONTEXT };
    const factory_facet *facet = (const factory_facet *)(const void *)self;
    sal_Int32 position = position_of(member);
    *exception = NULL;
    if (position == QUERY_INTERFACE) {
        typelib_TypeDescriptionReference *wanted = *(typelib_TypeDescriptionReference **)args[0];
        for (int k = 0; k < FACTORY_FACETS; k++) {
            if (named(wanted, factory_types[k]) || (k == FACTORY && named(wanted, "com.sun.star.uno.XInterface"))) {
                uno_Interface *found = &factory[k].uno;
                uno_type_any_construct(ret, &found, wanted, NULL);
                return;
            }
        }
        uno_any_construct(ret, NULL, NULL, NULL);
    } else if (position == ACQUIRE || position == RELEASE) {
        return;
    } else if (facet->kind == FACTORY_SERVICE_INFO) {
        service_info(position, ret, args);
    } else if (position == CREATE_WITH_CONTEXT) {
        *(uno_Interface **)ret = new_handler(*(uno_Interface **)args[0]);
    } else if (position == CREATE_WITH_ARGUMENTS_AND_CONTEXT) {
        uno_Interface *made = new_handler(*(uno_Interface **)args[1]);
        if (made)
            initialize(((handler_facet *)(void *)made)->owner, args);
        *(uno_Interface **)ret = made;
    } else {
        unknown_member(member, ret);
    }
}

/* ---- entry points ---- */

SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char **env_type_name,
                                                                         uno_Environment **env);
SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(const char *implementation, void *service_manager,
                                                         void *registry_key);

void SAL_CALL component_getImplementationEnvironment(const char **env_type_name, uno_Environment **env)
{
    (void)env;
    *env_type_name = UNO_LB_UNO;
}

void *SAL_CALL component_getFactory(const char *implementation, void *service_manager, void *registry_key)
{
    (void)service_manager;
    (void)registry_key;
    if (!implementation || strcmp(implementation, STAR_MENU_IMPLEMENTATION) != 0)
        return NULL;
    return &factory[FACTORY].uno;
}
