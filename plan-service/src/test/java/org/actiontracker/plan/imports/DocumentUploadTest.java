package org.actiontracker.plan.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.document.GeneratedDocuments;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.imports.Imports.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Files uploaded as forces have them: a form's file part (as `curl -F file=@plan.docx` sends it) or the
 * raw body, the format found from the bytes; faults answered with a problem saying what is wrong.
 */
@QuarkusTest
class DocumentUploadTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aWordDocumentUploadedAsAFormFileImportsLikeItsTextExport() {
        JsonPath result = upload(GeneratedDocuments.docxOf(SeedPlan.CLEVELAND.read()), "plan.docx",
                "application/octet-stream", Api.createOrganisation()).then().statusCode(201).extract().jsonPath();

        assertThat(result.getString("format")).isEqualTo("docx");
        assertThat(result.getInt("counts.actions")).isEqualTo(SeedPlan.CLEVELAND.actions);
        assertThat(result.getInt("counts.recommendations")).isEqualTo(SeedPlan.CLEVELAND.recommendations);
    }

    @Test
    void anExcelWorkbookSentAsTheRawBodyImportsWhateverNameItCarries() {
        JsonPath result = admin().contentType("application/octet-stream")
                .body(GeneratedDocuments.xlsxOf(SeedPlan.HUMBERSIDE.read()))
                .queryParam("organisationId", Api.createOrganisation()).queryParam("filename", "plan.csv")
                .post("/api/v1/imports").then().statusCode(201).extract().jsonPath();

        assertThat(result.getString("format")).isEqualTo("xlsx");
        assertThat(result.getInt("counts.actions")).isEqualTo(SeedPlan.HUMBERSIDE.actions);
        assertThat(result.getInt("counts.datedUpdates")).isEqualTo(SeedPlan.HUMBERSIDE.datedUpdates);
    }

    @Test
    void aPdfAndAWebPageUploadedAsFormFilesImport() {
        JsonPath pdf = upload(GeneratedDocuments.pdfOf(SeedPlan.NORTHAMPTONSHIRE.read()), "plan.pdf",
                "application/pdf", Api.createOrganisation()).then().statusCode(201).extract().jsonPath();
        String page = "<!DOCTYPE html><html><body><div class=\"cookie-banner\">We use cookies <button>Accept</button></div>"
                + "<a class=\"exit\" href=\"https://www.bbc.co.uk\">Leave this site</a><nav><a href=\"/\">Home</a></nav>"
                + "<main><h1>Westshire Police stalking action plan</h1><table><tr><th>Rec. No.</th><th>Recommendation</th>"
                + "<th>Update</th><th>Status</th></tr><tr><td>7</td><td>Improve crime recording</td>"
                + "<td>Update 18/11/24 - Audit done.</td><td>Complete</td></tr></table></main>"
                + "<footer>Accessibility | Cookies</footer></body></html>";
        JsonPath html = upload(page.getBytes(StandardCharsets.UTF_8), "plan.html", "text/html",
                Api.createOrganisation()).then().statusCode(201).extract().jsonPath();

        assertThat(pdf.getString("format")).isEqualTo("pdf");
        assertThat(pdf.getInt("counts.actions")).isEqualTo(SeedPlan.NORTHAMPTONSHIRE.actions);
        assertThat(html.getString("format")).isEqualTo("html");
        assertThat(html.getList("actions.statusLabel")).containsExactly("Complete");
    }

    @Test
    void anUnacceptedContentTypeIs415NamingTheTypesTheImporterTakes() {
        assertProblem(admin().contentType("image/png").body(new byte[] {1, 2, 3}).post("/api/v1/imports").then(), 415,
                "Content-Type").body("detail", containsString("multipart/form-data"))
                .body("detail", containsString(DOCX)).body("detail", containsString("application/pdf"));
    }

    @Test
    void aZipBombIs413AndAPasswordProtectedOrEmptyFileIs422SayingWhy() {
        UUID organisation = Api.createOrganisation();
        assertProblem(upload(GeneratedDocuments.zipBomb(40L * 1024 * 1024), "bomb.docx", DOCX, organisation).then(),
                413, "file").body("detail", containsString("zip bomb"));
        assertProblem(upload(GeneratedDocuments.passwordProtected(GeneratedDocuments.docxOf(SeedPlan.CLEVELAND.read())),
                "locked.docx", DOCX, organisation).then(), 422, "file").body("detail", containsString("password"));
        assertProblem(upload(GeneratedDocuments.scannedPdf(1), "scan.pdf", "application/pdf", organisation).then(),
                422, "file").body("detail", containsString("no text layer"));
        assertProblem(upload(new byte[0], "empty.docx", DOCX, organisation).then(), 422, "file")
                .body("detail", containsString("empty"));
    }

    @Test
    void aFormWithoutAFilePartIs422NamingTheFilePart() {
        assertProblem(admin().multiPart("other", "x").post("/api/v1/imports").then(), 422, "file");
    }

    private static io.restassured.response.Response upload(byte[] content, String name, String type, UUID organisation) {
        return admin().multiPart("file", name, content, type).queryParam("organisationId", organisation)
                .post("/api/v1/imports");
    }
}
