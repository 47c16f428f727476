# Sourced by scripts/akn-validate.sh and scripts/docx-validate.sh: writes into
# "$out/profiles/" the option combinations both validate beside the example profiles, and
# renders them all.
#
# Each is a copy of an example profile with its options set and top-level keys replaced.
# The options are those named in `known` and any other the profile has.
known="ltsa scholarship village_roles task_force reintegration shelter cooperation participation administrative_sanctions criminal_provisions funding supervision"
variant() { # NAME BASE ON OFF [KEY: VALUE]...  (ON: options on, `*` all, `=` as in BASE)
    local name=$1 base=examples/profiles/$2.yaml on=$3 off=$4
    shift 4
    local file="$out/profiles/$name.yaml" kv option value
    if [ "$on" = "=" ]; then
        cp "$base" "$file"
    else
        sed -E -e '/^options:/d' -e '/^  [a-z_]+: (true|false)[[:space:]]*$/d' "$base" >"$file"
    fi
    for kv in "$@"; do
        sed -i -E "/^${kv%%:*}:/d" "$file"
        echo "$kv" >>"$file"
    done
    [ "$on" = "=" ] && return
    echo "options:" >>"$file"
    for option in $({
        printf '%s\n' $known
        sed -nE 's/^  ([a-z_]+): (true|false)[[:space:]]*$/\1/p' "$base"
    } | sort -u); do
        value=false
        case " $on " in *" $option "* | " * ") value=true ;; esac
        case " $off " in *" $option "*) value=false ;; esac
        echo "  $option: $value"
    done >>"$file"
}
variant_profiles() {
    mkdir -p "$out/profiles"
    variant kabupaten-jember-no-options kabupaten-jember "" ""
    variant kabupaten-jember-all-options-2025 kabupaten-jember "*" "" 'as_of: "2025-12-01"'
    variant kabupaten-jember-all-options-2026 kabupaten-jember "*" "" 'as_of: "2026-03-01"'
    variant provinsi-jawa-timur-all-options provinsi-jawa-timur "*" ""
    # A Peraturan Desa never has criminal provisions.
    variant desa-sukamaju-all-options desa-sukamaju "*" "criminal_provisions"
    variant kota-bontang-enacted kota-bontang "=" "" 'draft: false' 'year: 2026' 'number: 7'
}

# render_all FORMAT EXTENSION TAG: renders every example profile and every combination with
# "$perda" into "$out/NAME.EXTENSION", listing them in the array `files`; stops on the first
# that does not render.
render_all() {
    local format=$1 ext=$2 tag=$3 profile name
    files=()
    for profile in examples/profiles/*.yaml "$out"/profiles/*.yaml; do
        name=$(basename "$profile" .yaml)
        if ! "$perda" draft --profile "$profile" --format "$format" --out "$out/$name.$ext" \
            --force 2>"$out/$name.stderr"; then
            cat "$out/$name.stderr" >&2
            echo "$tag: $profile did not render" >&2
            exit 1
        fi
        files+=("$out/$name.$ext")
    done
}
