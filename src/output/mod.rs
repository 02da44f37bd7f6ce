//! The output folder: the addresses of its files (`Urls`), the files the steps make for it
//! (`OutFile`), what one step makes for another to show (pictures, printed decks), and writing
//! it all atomically. Every step may use this layer; it uses only the model below it.

mod files;
mod pictures;
mod printed;
mod urls;
mod write;

pub use files::{Content, OutFile};
pub use pictures::{Images, Picture, Variant};
pub use printed::PdfInfo;
pub use urls::{
    BUNDLE_DIR, OFFLINE_PAGE, PRINT_DIR, SEARCH_PAGE, SHARE_PICTURE, Urls, asset_path, folder_file,
    linked_file, offline_zip, theme_share_picture,
};
pub use write::{MARKER, SOURCE_DIRS, Staging, WriteError, check_place};
