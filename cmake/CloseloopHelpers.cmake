# Shared compile settings for every Closeloop target.
function(closeloop_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(CLOSELOOP_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Every user-visible string goes through tr() or QStringLiteral on purpose.
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY QT_NO_FOREACH
        QT_NO_KEYWORDS)
endfunction()

# The core library must stay free of Qt Gui and Qt Widgets so that the CLI and
# the core tests run on machines without a display. Fail the configure step
# the moment anyone links them, directly or through another library.
function(closeloop_check_core_is_gui_free target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    set(pending ${libs})
    set(seen "")
    while(pending)
        list(POP_FRONT pending lib)
        if(lib IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${lib})
        if(lib MATCHES "Qt6?::(Gui|Widgets|OpenGL|Quick)")
            message(FATAL_ERROR "${target} links ${lib}; closeloop-core must not depend on Qt Gui or Widgets")
        endif()
        if(TARGET ${lib})
            get_target_property(sub ${lib} INTERFACE_LINK_LIBRARIES)
            if(sub)
                list(APPEND pending ${sub})
            endif()
        endif()
    endwhile()
endfunction()

# One test executable per test class. KIND is CORE (QCoreApplication, links
# closeloop-core only) or GUI (links closeloop-views, runs offscreen).
function(closeloop_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    closeloop_set_warnings(${name})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE closeloop-views Qt6::Test ${ARG_LIBS})
    else()
        target_link_libraries(${name} PRIVATE closeloop-core Qt6::Test ${ARG_LIBS})
    endif()
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE CLOSELOOP_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    if(NOT CLOSELOOP_CORE_ONLY)
        target_compile_definitions(${name} PRIVATE
            CLOSELOOP_CLI_PATH="$<TARGET_FILE:closeloop-cli>"
            CLOSELOOP_GUI_PATH="$<TARGET_FILE:closeloop>")
        add_dependencies(${name} closeloop-cli closeloop)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/data;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/config"
        TIMEOUT 300)
endfunction()

# The same test executable once more against the throwaway PostgreSQL 15
# cluster that the pgcluster fixture starts (scripts/pg-test-cluster.sh):
# tests/testsupport.h reads the cluster's conninfo from CLOSELOOP_TEST_PG
# and gives every fresh database a schema of its own on it.
function(closeloop_add_pg_variant name)
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/data;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/config;CLOSELOOP_TEST_PG=${CLOSELOOP_PG_TEST_DIR}/conninfo"
        FIXTURES_REQUIRED pgcluster
        LABELS postgresql
        TIMEOUT 300)
endfunction()
