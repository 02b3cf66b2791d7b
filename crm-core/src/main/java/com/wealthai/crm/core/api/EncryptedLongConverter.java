package com.wealthai.crm.core.api;

import com.wealthai.crm.core.infrastructure.crypto.FieldEncryption;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a personal amount in whole yen (income, net worth) encrypted. */
@Converter
public class EncryptedLongConverter implements AttributeConverter<Long, String> {

    @Override
    public String convertToDatabaseColumn(Long attribute) {
        return attribute == null ? null : FieldEncryption.cipher().encrypt(attribute.toString());
    }

    @Override
    public Long convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Long.valueOf(FieldEncryption.cipher().decrypt(dbData));
    }
}
