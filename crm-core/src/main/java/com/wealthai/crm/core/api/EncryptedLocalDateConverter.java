package com.wealthai.crm.core.api;

import com.wealthai.crm.core.infrastructure.crypto.FieldEncryption;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/** Stores a personal date (birth date) encrypted, as ISO text inside the ciphertext. */
@Converter
public class EncryptedLocalDateConverter implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate attribute) {
        return attribute == null ? null : FieldEncryption.cipher().encrypt(attribute.toString());
    }

    @Override
    public LocalDate convertToEntityAttribute(String dbData) {
        return dbData == null ? null : LocalDate.parse(FieldEncryption.cipher().decrypt(dbData));
    }
}
