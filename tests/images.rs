//! Pictures: the variants and `<picture>` markup written for Markdown images and media objects,
//! the cache, SVG safety, and an exact error for every kind of bad picture.

mod common;

use std::io::Cursor;

use common::TestSite;
use image::{ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

const LESSON: &str = "content/oppitunnit/perusteet/aamutoimet.md";
const LESSON2: &str = "content/oppitunnit/perusteet/kivusta-kysyminen.md";
const PAGE: &str = "public/oppitunnit/perusteet/aamutoimet/index.html";

/// A photo-like picture (a colour gradient) in `format`.
fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let mut bytes = Vec::new();
    if format == ImageFormat::Png {
        let image = RgbaImage::from_fn(width, height, |x, y| {
            Rgba([(x % 256) as u8, (y % 256) as u8, 120, 255])
        });
        image
            .write_to(&mut Cursor::new(&mut bytes), format)
            .unwrap();
    } else {
        let image = RgbImage::from_fn(width, height, |x, y| {
            Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        image
            .write_to(&mut Cursor::new(&mut bytes), format)
            .unwrap();
    }
    bytes
}

/// Puts `markdown` at the start of the lesson's `## Tilanne` section.
fn in_lesson(site: &TestSite, markdown: &str) {
    site.edit(
        LESSON,
        "## Tilanne {#tilanne}\n",
        &format!("## Tilanne {{#tilanne}}\n\n{markdown}\n"),
    );
}

fn dimensions(site: &TestSite, rel: &str) -> (u32, u32) {
    let bytes = std::fs::read(site.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let picture = image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{rel}: {e}"));
    (picture.width(), picture.height())
}

#[test]
fn markdown_pictures_become_responsive_pictures_never_upscaled() {
    let site = TestSite::fixture("site");
    let folder = "content/oppitunnit/perusteet/kuvat";
    site.write_bytes(
        &format!("{folder}/aamu.jpg"),
        &picture(2000, 1000, ImageFormat::Jpeg),
    );
    site.write_bytes(
        &format!("{folder}/pieni.png"),
        &picture(300, 200, ImageFormat::Png),
    );
    in_lesson(
        &site,
        "![Hoitaja avaa verhot](kuvat/aamu.jpg)\n\n![Kahvikuppi](kuvat/pieni.png)",
    );
    site.build_ok(&[]);
    let html = site.read(PAGE);
    let dir = "/oppitunnit/perusteet/kuvat";
    assert!(html.contains(&format!(
        "<picture><source type=\"image/webp\" srcset=\"{dir}/aamu-480.webp 480w, {dir}/aamu-960.webp 960w, {dir}/aamu-1600.webp 1600w\" sizes=\"(min-width: 48rem) 46rem, 100vw\">\
         <img src=\"{dir}/aamu-1600.jpg\" srcset=\"{dir}/aamu-480.jpg 480w, {dir}/aamu-960.jpg 960w, {dir}/aamu-1600.jpg 1600w\" sizes=\"(min-width: 48rem) 46rem, 100vw\" \
         width=\"2000\" height=\"1000\" alt=\"Hoitaja avaa verhot\" decoding=\"async\"></picture>"
    )), "{html}");
    // The first picture of a page loads at once, the others when they come near.
    assert!(html.contains(&format!(
        "<img src=\"{dir}/pieni-300.png\" srcset=\"{dir}/pieni-300.png 300w\" sizes=\"(min-width: 48rem) 46rem, 100vw\" \
         width=\"300\" height=\"200\" alt=\"Kahvikuppi\" loading=\"lazy\" decoding=\"async\">"
    )), "{html}");
    for (file, size) in [
        ("aamu-480.webp", (480, 240)),
        ("aamu-960.jpg", (960, 480)),
        ("aamu-1600.webp", (1600, 800)),
        ("aamu-1600.jpg", (1600, 800)),
        ("pieni-300.webp", (300, 200)),
        ("pieni-300.png", (300, 200)),
    ] {
        assert_eq!(
            dimensions(&site, &format!("public{dir}/{file}")),
            size,
            "{file}"
        );
    }
    // Never upscaled: no 480 of a 300-pixel picture. The originals are still there to link to.
    assert!(!site.exists(&format!("public{dir}/pieni-480.webp")));
    assert!(site.exists(&format!("public{dir}/aamu.jpg")));
    let webp = std::fs::read(site.path(&format!("public{dir}/aamu-960.webp"))).unwrap();
    assert_eq!(image::guess_format(&webp).unwrap(), ImageFormat::WebP);
}

#[test]
fn media_objects_are_pictures_too() {
    let site = TestSite::fixture("site");
    site.write_bytes(
        "content/oppitunnit/perusteet/kuva.jpg",
        &picture(1200, 800, ImageFormat::Jpeg),
    );
    site.edit(
        LESSON,
        "coach_notes:",
        "media:\n  - file: kuva.jpg\n    alt: Hoitaja ja asukas\n    credit: Kuva Testi\ncoach_notes:",
    );
    site.build_ok(&[]);
    let html = site.read(PAGE);
    let dir = "/oppitunnit/perusteet";
    assert!(html.contains(&format!(
        "<figure class=\"media media--image\"><picture><source type=\"image/webp\" srcset=\"{dir}/kuva-480.webp 480w, {dir}/kuva-960.webp 960w, {dir}/kuva-1200.webp 1200w\" sizes=\"(min-width: 48rem) 46rem, 100vw\">\
         <img src=\"{dir}/kuva-1200.jpg\" srcset=\"{dir}/kuva-480.jpg 480w, {dir}/kuva-960.jpg 960w, {dir}/kuva-1200.jpg 1200w\" sizes=\"(min-width: 48rem) 46rem, 100vw\" width=\"1200\" height=\"800\" alt=\"Hoitaja ja asukas\" decoding=\"async\"></picture>"
    )), "{html}");
}

#[test]
fn processed_pictures_are_cached_outside_the_output_and_reused() {
    let site = TestSite::fixture("site");
    site.write_bytes(
        "content/oppitunnit/perusteet/aamu.jpg",
        &picture(1000, 500, ImageFormat::Jpeg),
    );
    in_lesson(&site, "![Aamu](aamu.jpg)");
    site.build_ok(&[]);
    let cache = site.path(".polku-cache/images");
    let mut cached: Vec<String> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    cached.sort();
    assert_eq!(cached.len(), 7, "{cached:?}"); // index + (480, 960, 1000) × (webp, jpg)
    // A second build takes the variants from the cache: a marked cached file shows up in the site.
    let cached_webp = cached.iter().find(|n| n.ends_with("-480.webp")).unwrap();
    std::fs::write(cache.join(cached_webp), b"VALMIS").unwrap();
    site.build_ok(&[]);
    assert_eq!(
        std::fs::read(site.path("public/oppitunnit/perusteet/aamu-480.webp")).unwrap(),
        b"VALMIS"
    );
    // Other bytes in the picture: a new cache entry, fresh variants.
    site.write_bytes(
        "content/oppitunnit/perusteet/aamu.jpg",
        &picture(1000, 400, ImageFormat::Jpeg),
    );
    site.build_ok(&[]);
    assert_eq!(
        dimensions(&site, "public/oppitunnit/perusteet/aamu-480.webp"),
        (480, 192)
    );
}

/// A PNG file that says it is `width` × `height` pixels and has no pixel data.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for byte in bytes {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (length, chunk) in [(13u32, ihdr), (0, b"IDAT".to_vec()), (0, b"IEND".to_vec())] {
        png.extend(length.to_be_bytes());
        png.extend(&chunk);
        png.extend(crc32(&chunk).to_be_bytes());
    }
    png
}

#[test]
fn every_bad_picture_is_an_error_at_its_reference_and_all_are_reported() {
    let site = TestSite::fixture("site");
    let folder = "content/oppitunnit/perusteet";
    let jpeg = picture(800, 600, ImageFormat::Jpeg);
    site.write_bytes(&format!("{folder}/katkennut.jpg"), &jpeg[..jpeg.len() / 2]);
    site.write_bytes(
        &format!("{folder}/oikeasti-png.jpg"),
        &picture(40, 40, ImageFormat::Png),
    );
    site.write_bytes(&format!("{folder}/teksti.png"), b"Tama ei ole kuva.");
    site.write_bytes(
        &format!("{folder}/valtava.png"),
        &png_header(20_000, 20_000),
    );
    site.write_bytes(&format!("{folder}/vanha.bmp"), b"BM vanha bittikartta");
    // Bytes changed in the middle of a PNG: its checksums no longer match.
    let mut png = picture(64, 64, ImageFormat::Png);
    let middle = png.len() / 2;
    png[middle..middle + 8].copy_from_slice(b"VIOITTUU");
    site.write_bytes(&format!("{folder}/vioittunut.png"), &png);
    site.write_bytes("ulkona.png", &picture(8, 8, ImageFormat::Png));
    in_lesson(
        &site,
        "![Katkennut](katkennut.jpg)\n![Väärä pääte](oikeasti-png.jpg)\n![Teksti](teksti.png)\n\
         ![Valtava](valtava.png)\n![Vanha](vanha.bmp)\n![Vioittunut](vioittunut.png)\n\
         ![Ulkona](../../../ulkona.png)",
    );
    site.edit(LESSON2, "title: ", "title: [rikki\n");
    let stderr = site.build_err();
    let at = |line: usize| format!("{LESSON}:{line}:1");
    let yaml = format!("{LESSON2}:2:8: error[YAML-SYNTAX]");
    let expected = [
        yaml,
        format!(
            "{}: error[IMAGE-BROKEN]: `katkennut.jpg` cannot be read: it is damaged or cut short (the file ends before the picture does)",
            at(24)
        ),
        format!(
            "{}: error[IMAGE-MISMATCH]: `oikeasti-png.jpg` is named as a JPEG picture but is a PNG picture\n  hint: rename it to end in .png, or save it as JPEG",
            at(25)
        ),
        format!(
            "{}: error[IMAGE-BROKEN]: `teksti.png` is not a PNG picture: Polku cannot tell what the file is\n  hint: open it in an image editor and save it again, or replace it",
            at(26)
        ),
        format!(
            "{}: error[IMAGE-TOO-LARGE]: `valtava.png` is 20000 × 20000 pixels, more than Polku reads (50 megapixels)\n  hint: make it smaller in an image editor; 3000 pixels wide is plenty for a web page",
            at(27)
        ),
        format!(
            "{}: error[MEDIA-FORMAT]: Polku cannot read pictures like `vanha.bmp`\n  hint: save it as JPEG (photos), PNG (drawings), WebP, GIF or SVG",
            at(28)
        ),
        // In plain words, not the decoder's (chunk types, checksums, Rust structures).
        format!(
            "{}: error[IMAGE-BROKEN]: `vioittunut.png` cannot be read: it is damaged or cut short (its picture data does not decode)\n  hint: open it in an image editor and save it again, or replace it",
            at(29)
        ),
    ];
    for line in &expected {
        assert!(
            stderr.contains(line.as_str()),
            "missing {line:?} in:\n{stderr}"
        );
    }
    assert!(
        stderr.ends_with("8 errors, 0 warnings in 2 files\nNothing was written.\n"),
        "{stderr}"
    );
    let finnish = site.run_in("fi", &["build"]).stderr;
    for line in [
        format!(
            "{}: virhe[IMAGE-BROKEN]: kuvaa `katkennut.jpg` ei voi lukea: tiedosto on vioittunut tai katkennut (tiedosto loppuu ennen kuin kuva on kokonainen)\n  vihje: avaa kuva kuvankäsittelyohjelmassa ja tallenna se uudelleen tai vaihda tilalle toinen kuva",
            at(24)
        ),
        format!(
            "{}: virhe[IMAGE-MISMATCH]: `oikeasti-png.jpg` on nimen mukaan JPEG-kuva, mutta oikeasti se on PNG-kuva\n  vihje: muuta tiedostonimen pääte muotoon .png tai tallenna kuva JPEG-muotoon",
            at(25)
        ),
        format!(
            "{}: virhe[IMAGE-TOO-LARGE]: kuva `valtava.png` on 20000 × 20000 pikseliä, enemmän kuin Polku lukee (50 megapikseliä)\n  vihje: pienennä kuvaa kuvankäsittelyohjelmassa; verkkosivulle riittää noin 3000 pikselin leveys",
            at(27)
        ),
        format!(
            "{}: virhe[MEDIA-FORMAT]: Polku ei osaa lukea kuvan `vanha.bmp` tiedostomuotoa\n  vihje: tallenna kuva JPEG-muotoon (valokuvat), PNG-muotoon (piirrokset) tai WebP-, GIF- tai SVG-muotoon",
            at(28)
        ),
        format!(
            "{}: virhe[IMAGE-BROKEN]: `teksti.png` ei ole PNG-kuva: Polku ei tunnista, mikä tiedosto on\n  vihje: avaa kuva kuvankäsittelyohjelmassa ja tallenna se uudelleen tai vaihda tilalle toinen kuva",
            at(26)
        ),
        format!(
            "{}: virhe[IMAGE-BROKEN]: kuvaa `vioittunut.png` ei voi lukea: tiedosto on vioittunut tai katkennut (kuvan sisältöä ei saa luettua)\n  vihje: avaa kuva kuvankäsittelyohjelmassa ja tallenna se uudelleen tai vaihda tilalle toinen kuva",
            at(29)
        ),
    ] {
        assert!(finnish.contains(&line), "missing {line:?} in:\n{finnish}");
    }
    assert!(
        finnish.ends_with(
            "8 virhettä, 0 varoitusta, 2 tiedostossa\nMitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.\n"
        ),
        "{finnish}"
    );
    assert!(!site.exists("public"));
}

#[test]
fn svg_icons_with_scripts_or_outside_references_are_refused() {
    let site = TestSite::fixture("site");
    let icon = "content/kortit/testipakka/ikonit/kohtaaminen.svg";
    let good = site.read(icon);
    site.write(
        icon,
        &good.replace("</svg>", "<script>alert('hei')</script></svg>"),
    );
    let stderr = site.build_err();
    assert!(
        stderr.starts_with("content/kortit/testipakka/deck.yaml:"),
        "{stderr}"
    );
    assert!(stderr.contains(
        ": error[SVG-UNSAFE]: `ikonit/kohtaaminen.svg` is not published because it contains a <script> element\n  hint: save it again without scripts or links to other files, e.g. as Inkscape's \"Optimized SVG\"\n"
    ), "{stderr}");
    let finnish = site.run_in("fi", &["build"]).stderr;
    assert!(finnish.contains(
        ": virhe[SVG-UNSAFE]: kuvaa `ikonit/kohtaaminen.svg` ei julkaista, koska siinä on merkintä <script>\n  vihje: tallenna kuva uudelleen ilman skriptejä ja linkkejä muihin tiedostoihin, esimerkiksi Inkscapen ”Optimoitu SVG” -muodossa\n"
    ), "{finnish}");
    site.write(
        icon,
        &good.replace(
            "</svg>",
            "<image href=\"https://example.com/seuranta.png\"/></svg>",
        ),
    );
    assert!(
        site.build_err()
            .contains("because it refers to `https://example.com/seuranta.png` outside itself")
    );
    let finnish = site.run_in("fi", &["build"]).stderr;
    assert!(
        finnish.contains(
            ": virhe[SVG-UNSAFE]: kuvaa `ikonit/kohtaaminen.svg` ei julkaista, koska se viittaa itsensä ulkopuolelle: `https://example.com/seuranta.png`\n"
        ),
        "{finnish}"
    );
    site.write(icon, &good);
    site.build_ok(&[]);
    assert_eq!(
        site.read("public/kortit/testipakka/ikonit/kohtaaminen.svg"),
        good
    );
}
