export declare const TEXT_LOADERS: Readonly<Record<string, 'text'>>;
