package com.wealthai.crm.customers.domain;

import com.wealthai.crm.customers.api.SalesRepSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A sales representative (営業担当者): the owner of a book of customers, working in a branch. */
@Entity
@Table(name = "sales_representatives")
public class SalesRep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{customers.validation.required}")
    @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "{customers.validation.repCode}")
    @Column(name = "rep_code", nullable = false, unique = true)
    private String repCode;

    @NotBlank(message = "{customers.validation.required}")
    @Size(max = 100, message = "{customers.validation.tooLong}")
    private String name;

    @Size(max = 100, message = "{customers.validation.tooLong}")
    private String department;

    @NotBlank(message = "{customers.validation.required}")
    @Size(max = 50, message = "{customers.validation.tooLong}")
    private String branch;

    @Email(message = "{customers.validation.email}")
    @Size(max = 200, message = "{customers.validation.tooLong}")
    private String email;

    @Pattern(regexp = "^$|[0-9+()\\- ]{6,20}", message = "{customers.validation.phone}")
    private String phone;

    @PastOrPresent(message = "{customers.validation.pastOrPresent}")
    @Column(name = "hire_date")
    private LocalDate hireDate;

    private boolean active = true;

    @Version
    private long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    public SalesRepSummary summary() {
        return new SalesRepSummary(id, repCode, name, branch);
    }

    public Long getId() {
        return id;
    }

    public String getRepCode() {
        return repCode;
    }

    public void setRepCode(String repCode) {
        this.repCode = repCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
