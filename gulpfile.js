const { src, dest } = require('gulp');

// gulp 5 decodes files as UTF-8 unless told otherwise, which corrupts binary icons.
function copyIcons() {
	return src(['icons/**/*.{png,svg}', 'nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = copyIcons;
exports.default = copyIcons;
