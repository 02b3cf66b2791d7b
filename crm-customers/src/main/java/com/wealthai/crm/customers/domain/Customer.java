package com.wealthai.crm.customers.domain;

import com.wealthai.crm.core.api.BlindIndex;
import com.wealthai.crm.core.api.EncryptedLocalDateConverter;
import com.wealthai.crm.core.api.EncryptedLongConverter;
import com.wealthai.crm.core.api.EncryptedStringConverter;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.InvestmentExperience;
import com.wealthai.crm.customers.api.RiskTolerance;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;

/**
 * A customer (顧客): an individual, or a corporation with its representative and established date.
 * Contact data, birth date, income and net worth are encrypted at rest; the clear search text and
 * the phone's blind index are derived from the fields before every write.
 */
@Entity
@Table(name = "customers")
public class Customer {

    /** Hiragana, katakana (full or half width), the long-vowel mark, middle dot and spaces. */
    public static final String KANA = "^[\\p{InHiragana}\\p{InKatakana}\\uFF66-\\uFF9F\\u30FC\\u30FB\\s\\u3000]+$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{customers.validation.required}")
    @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "{customers.validation.customerCode}")
    @Column(name = "customer_code", nullable = false, unique = true)
    private String customerCode;

    @NotNull(message = "{customers.validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type")
    private CustomerType type = CustomerType.INDIVIDUAL;

    @NotBlank(message = "{customers.validation.required}")
    @Size(max = 200, message = "{customers.validation.tooLong}")
    private String name;

    @NotBlank(message = "{customers.validation.required}")
    @Size(max = 200, message = "{customers.validation.tooLong}")
    @Pattern(regexp = KANA, message = "{customers.validation.kana}")
    @Column(name = "name_kana")
    private String nameKana;

    @Size(max = 100, message = "{customers.validation.tooLong}")
    @Column(name = "representative_name")
    private String representativeName;

    @Past(message = "{customers.validation.past}")
    @Column(name = "established_date")
    private LocalDate establishedDate;

    @Past(message = "{customers.validation.past}")
    @Convert(converter = EncryptedLocalDateConverter.class)
    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** Clear birth year, only so that the list can sort by age. */
    @Column(name = "birth_year")
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Pattern(regexp = "^$|^[0-9０-９+()\\-－ ]{10,20}$", message = "{customers.validation.phone}")
    @Convert(converter = EncryptedStringConverter.class)
    private String phone;

    @Column(name = "phone_index")
    private String phoneIndex;

    @Email(message = "{customers.validation.email}")
    @Size(max = 200, message = "{customers.validation.tooLong}")
    @Convert(converter = EncryptedStringConverter.class)
    private String email;

    @Size(max = 300, message = "{customers.validation.tooLong}")
    @Convert(converter = EncryptedStringConverter.class)
    private String address;

    @Size(max = 100, message = "{customers.validation.tooLong}")
    private String occupation;

    @PositiveOrZero(message = "{customers.validation.notNegative}")
    @Convert(converter = EncryptedLongConverter.class)
    @Column(name = "annual_income")
    private Long annualIncome;

    @PositiveOrZero(message = "{customers.validation.notNegative}")
    @Convert(converter = EncryptedLongConverter.class)
    @Column(name = "net_worth")
    private Long netWorth;

    @NotNull(message = "{customers.validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tolerance")
    private RiskTolerance riskTolerance;

    @NotNull(message = "{customers.validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "investment_experience")
    private InvestmentExperience investmentExperience;

    @NotNull(message = "{customers.validation.required}")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "sales_rep_id")
    private SalesRep salesRep;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Version
    private long version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @PrePersist
    @PreUpdate
    void deriveSearchColumns() {
        if (createdAt == null) {
            createdAt = OffsetDateTime.now(); // set here rather than by the database default, so the saved customer shows it
        }
        searchText = SearchFolding.fold(name) + " " + SearchFolding.fold(nameKana) + " " + SearchFolding.fold(customerCode)
                + (representativeName == null ? "" : " " + SearchFolding.fold(representativeName));
        phoneIndex = BlindIndex.of(SearchFolding.phoneDigits(phone));
        birthYear = birthDate == null ? null : birthDate.getYear();
        if (type == CustomerType.CORPORATE) {
            gender = null;
        }
    }

    /** Age in whole years on the given day; null for corporations or an unknown birth date. */
    public Integer ageOn(LocalDate today) {
        return age(type, birthDate, today);
    }

    /** Age in whole years; none for a corporation or an unknown birth date. */
    public static Integer age(CustomerType type, LocalDate birthDate, LocalDate today) {
        if (type == CustomerType.CORPORATE || birthDate == null) {
            return null;
        }
        return Period.between(birthDate, today).getYears();
    }

    public boolean isCorporate() {
        return type == CustomerType.CORPORATE;
    }

    public Long getId() {
        return id;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public void setCustomerCode(String customerCode) {
        this.customerCode = customerCode;
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public LocalDate getEstablishedDate() {
        return establishedDate;
    }

    public void setEstablishedDate(LocalDate establishedDate) {
        this.establishedDate = establishedDate;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public Long getAnnualIncome() {
        return annualIncome;
    }

    public void setAnnualIncome(Long annualIncome) {
        this.annualIncome = annualIncome;
    }

    public Long getNetWorth() {
        return netWorth;
    }

    public void setNetWorth(Long netWorth) {
        this.netWorth = netWorth;
    }

    public RiskTolerance getRiskTolerance() {
        return riskTolerance;
    }

    public void setRiskTolerance(RiskTolerance riskTolerance) {
        this.riskTolerance = riskTolerance;
    }

    public InvestmentExperience getInvestmentExperience() {
        return investmentExperience;
    }

    public void setInvestmentExperience(InvestmentExperience investmentExperience) {
        this.investmentExperience = investmentExperience;
    }

    public SalesRep getSalesRep() {
        return salesRep;
    }

    public void setSalesRep(SalesRep salesRep) {
        this.salesRep = salesRep;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }
}
