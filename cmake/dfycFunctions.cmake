# dfycFunctions.cmake: build Dafny sources as part of a CMake project.
#
#   dfyc_add_library(<name> SOURCES a.dfy [b.dfy ...]
#                    [EXTERN_SOURCES x.cpp ...] [NO_VERIFY] [OPTIONS <dfyc option> ...])
#
# At build time, for each .dfy file on its own:
#   1. `dfyc verify [OPTIONS] a.dfy` (unless NO_VERIFY); success touches a stamp file
#      (CMakeFiles/<name>.dfyc/a.verified), so an unchanged file is not verified again;
#   2. `dfyc translate cpp --no-verify [OPTIONS] a.dfy` writes a.h and a.cpp into
#      <binary dir>/<name>.dfyc/. They are copied there only when their text changed, so a
#      touched .dfy, or an edit that leaves the C++ alone, recompiles nothing (Ninja's restat).
# Each step depends on its .dfy file, on the files it includes (`include "x.dfy"`, found by
# dfyc and written to a depfile, `dfyc --depfile`) and on the dfyc executable: editing one .dfy
# re-verifies, re-translates and recompiles the outputs of the SOURCES that are or include it,
# and those alone. List only the top-level files in SOURCES: an included file is compiled into
# the C++ of each file that includes it.
#
# <name> is a static library of the generated .cpp files plus EXTERN_SOURCES (C++ compiled into
# the same library: the definitions of the {:extern} declarations, which include the generated
# header, e.g. "a.h", to see dfyc's declarations of them).
# It links dfyc::runtime PUBLIC and exposes the generated headers' folder, so users write
# `#include "a.h"` and call `default_module::F(...)` (or `M::F(...)` for a module M).
# The folder is also in the target's property DFYC_GENERATED_DIR.
#
# Each .dfy is compiled on its own. With OPTIONS --standard-libraries, several SOURCES (and
# several libraries linked into one program) may import the same Std module: each carries its
# C++ as inline definitions in guarded sections of its header, so the program links one copy
# and a translation unit may include all their headers. Limits, as of dfyc 0.1: the default
# modules of two SOURCES are both namespace default_module (names must differ between them),
# two SOURCES must not include the same file (its C++ would be defined twice), and a library's
# files should not define Main (it becomes `int main()`).
include_guard(GLOBAL)

function(dfyc_add_library name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "NO_VERIFY" "" "SOURCES;EXTERN_SOURCES;OPTIONS")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "dfyc_add_library(${name}): unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_SOURCES)
    message(FATAL_ERROR "dfyc_add_library(${name}): SOURCES lists no .dfy file")
  endif()
  if(NOT TARGET dfyc::dfyc OR NOT TARGET dfyc::runtime)
    message(FATAL_ERROR "dfyc_add_library(${name}): dfyc::dfyc and dfyc::runtime are not "
                        "defined; call find_package(dfyc) first")
  endif()

  # Headers and sources users see; stamps and the translator's scratch files.
  set(gen_dir ${CMAKE_CURRENT_BINARY_DIR}/${name}.dfyc)
  set(work_dir ${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.dfyc)
  file(MAKE_DIRECTORY ${gen_dir} ${work_dir})
  set(dfyc_exe $<TARGET_FILE:dfyc::dfyc>)

  set(generated)
  set(stems)
  foreach(src IN LISTS arg_SOURCES)
    get_filename_component(abs ${src} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    get_filename_component(ext ${src} LAST_EXT)
    get_filename_component(stem ${src} NAME_WLE)
    if(NOT ext STREQUAL ".dfy")
      message(FATAL_ERROR "dfyc_add_library(${name}): ${src} is not a .dfy file")
    endif()
    if(stem IN_LIST stems)
      message(FATAL_ERROR "dfyc_add_library(${name}): two sources named ${stem}.dfy; "
                          "their generated ${stem}.h and ${stem}.cpp would collide")
    endif()
    list(APPEND stems ${stem})
    file(RELATIVE_PATH shown ${CMAKE_SOURCE_DIR} ${abs})

    set(verified)
    if(NOT arg_NO_VERIFY)
      set(verified ${work_dir}/${stem}.verified)
      add_custom_command(
        OUTPUT ${verified}
        COMMAND dfyc::dfyc verify ${arg_OPTIONS} --depfile ${verified}.d ${abs}
        COMMAND ${CMAKE_COMMAND} -E touch ${verified}
        DEPENDS ${abs} ${dfyc_exe}
        DEPFILE ${verified}.d
        COMMENT "Verifying ${shown} (dfyc)"
        VERBATIM)
    endif()

    # The stamp is the rule's output; the .h and .cpp are byproducts rewritten only when they
    # change, so nothing downstream of an unchanged file is rebuilt.
    set(h ${gen_dir}/${stem}.h)
    set(cpp ${gen_dir}/${stem}.cpp)
    set(translated ${work_dir}/${stem}.translated)
    add_custom_command(
      OUTPUT ${translated}
      BYPRODUCTS ${h} ${cpp}
      COMMAND dfyc::dfyc translate cpp --no-verify ${arg_OPTIONS} --depfile ${translated}.d
              -o ${work_dir}/${stem}.cpp ${abs}
      COMMAND ${CMAKE_COMMAND} -E copy_if_different ${work_dir}/${stem}.h
              ${work_dir}/${stem}.cpp ${gen_dir}
      COMMAND ${CMAKE_COMMAND} -E touch ${translated}
      DEPENDS ${abs} ${dfyc_exe} ${verified}
      DEPFILE ${translated}.d
      COMMENT "Translating ${shown} to C++ (dfyc)"
      VERBATIM)
    list(APPEND generated ${translated} ${h} ${cpp})
  endforeach()

  add_library(${name} STATIC ${generated} ${arg_EXTERN_SOURCES})
  target_include_directories(${name} PUBLIC $<BUILD_INTERFACE:${gen_dir}>)
  target_link_libraries(${name} PUBLIC dfyc::runtime)
  target_compile_features(${name} PUBLIC cxx_std_20)
  set_target_properties(${name} PROPERTIES DFYC_GENERATED_DIR ${gen_dir})
endfunction()
