package com.wealthai.crm.core.api;

import com.wealthai.crm.core.infrastructure.crypto.FieldEncryption;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a personal text field (phone, e-mail, address) encrypted with AES-GCM, key id included.
 * Put it on the column with {@code @Convert(converter = EncryptedStringConverter.class)}; the column
 * is {@code text}. An encrypted column cannot be searched or sorted in SQL: keep what must be
 * searched (names, codes) in clear, or add a blind index.
 */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return FieldEncryption.cipher().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return FieldEncryption.cipher().decrypt(dbData);
    }
}
