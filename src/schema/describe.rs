//! Every key of a schema described in the editor's language: VS Code shows the description when
//! the pointer rests on a key and in the completion list, and yaml-language-server shows a
//! node's `errorMessage` in place of its own English one when the value is wrong.

use serde_json::{Value, json};

use crate::i18n::{self, Lang};
use crate::model::types::TypeName;

/// Describes the keys of the file (`key-lesson-goals`, else `key-goals`) and of each
/// definition (`key-phrase-fi`, else `key-fi`); a key with a fixed set of values also
/// lists them.
pub fn describe(schema: &mut Value, type_name: TypeName, lang: Lang) {
    // schemars copies the structs' doc comments, which are written for developers.
    drop_descriptions(schema);
    let definitions = schema["definitions"].clone();
    describe_object(schema, type_name.name(), &definitions, lang);
    if let Some(found) = schema.get_mut("definitions").and_then(Value::as_object_mut) {
        for (name, definition) in found.iter_mut() {
            describe_object(definition, &name.to_lowercase(), &definitions, lang);
        }
    }
}

fn drop_descriptions(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if map.get("description").is_some_and(Value::is_string) {
                map.remove("description");
            }
            map.values_mut().for_each(drop_descriptions);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_descriptions),
        _ => {}
    }
}

fn describe_object(object: &mut Value, context: &str, definitions: &Value, lang: Lang) {
    let Some(properties) = object.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for (key, property) in properties.iter_mut() {
        let Some(mut text) = key_description(context, key, lang) else {
            continue;
        };
        if let Some(values) = allowed_values(property, definitions) {
            let values = values.join(", ");
            text = format!(
                "{text} {}",
                i18n::text_in(lang, "schema-allowed", &[("values", values)])
            );
        }
        let message = json!(text);
        inline_value_rules(property, definitions, &message);
        // A `$ref` ignores the keys beside it (draft-07): the reference goes one level down.
        if let Some(reference) = property.as_object_mut().and_then(|p| p.remove("$ref")) {
            property["allOf"] = json!([{ "$ref": reference }]);
        }
        property["description"] = message.clone();
        property["errorMessage"] = message;
    }
}

/// Puts a referred definition of a single value (`Level`, `WordClass`, `Date`) in the key's own
/// schema, with the key's message: yaml-language-server reports a wrong value at the schema that
/// sets the rule (the list of values, the date pattern) and shows that schema's `errorMessage`
/// in place of its English one ("Value is not accepted"). Also in a list's items and in the
/// alternatives of "this or nothing". Objects (`Media`) keep their reference.
fn inline_value_rules(node: &mut Value, definitions: &Value, message: &Value) {
    if let Some(target) = referred(node, definitions) {
        if target.get("properties").is_none() && target["type"] != "object" {
            let mut inlined = target.clone();
            inlined["errorMessage"] = message.clone();
            *node = inlined;
        }
        return;
    }
    if node.get("enum").is_some() || node.get("pattern").is_some() {
        node["errorMessage"] = message.clone();
    }
    if let Some(items) = node.get_mut("items") {
        inline_value_rules(items, definitions, message);
    }
    for alternatives in ["anyOf", "oneOf"] {
        if let Some(list) = node.get_mut(alternatives).and_then(Value::as_array_mut) {
            for choice in list {
                inline_value_rules(choice, definitions, message);
            }
        }
    }
}

/// The description of `key` in objects of `context`, or of `key` wherever it is.
/// A language without its own descriptions (Swedish, so far) gets the English ones.
pub fn key_description(context: &str, key: &str, lang: Lang) -> Option<String> {
    let own = |lang| {
        i18n::try_text_in(lang, &format!("key-{context}-{key}"), &[])
            .or_else(|| i18n::try_text_in(lang, &format!("key-{key}"), &[]))
    };
    own(lang).or_else(|| own(Lang::En))
}

/// The definition `node` refers to (`{"$ref": "#/definitions/Level"}`), if it refers to one.
fn referred<'a>(node: &Value, definitions: &'a Value) -> Option<&'a Value> {
    let name = node["$ref"].as_str()?.rsplit('/').next()?;
    definitions.get(name)
}

/// The values a key (or each item of its list) may take, when there is a fixed set: listed in
/// the key's schema, or in a definition it refers to (also as "this or nothing").
fn allowed_values(property: &Value, definitions: &Value) -> Option<Vec<String>> {
    let of = |node: &Value| -> Option<Vec<String>> {
        let target = referred(node, definitions).unwrap_or(node);
        // A plain `enum`, or (when a value has a doc comment) a `oneOf` of `enum`s and `const`s.
        let values: Vec<&Value> = match target["enum"].as_array() {
            Some(values) => values.iter().collect(),
            None => target["oneOf"]
                .as_array()?
                .iter()
                .flat_map(|choice| match choice["enum"].as_array() {
                    Some(values) => values.iter().collect(),
                    None => vec![&choice["const"]],
                })
                .collect(),
        };
        Some(
            values
                .iter()
                .filter_map(|v| v.as_str().map(|s| format!("`{s}`")))
                .collect(),
        )
    };
    let choices = property["anyOf"].as_array().into_iter().flatten();
    of(property)
        .or_else(|| of(&property["items"]))
        .or_else(|| choices.filter_map(of).next())
}
